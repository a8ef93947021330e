using System.Text.Json;
using Changji.Pipeline;
using Changji.Pipeline.Submissions;

namespace Changji.Storage.Local;

/// <summary>
/// Who uploaded a file of the local drop zone, kept in a hidden file beside it (<c>.{name}.uploader.json</c>;
/// hidden files are no submissions) as blob metadata is in Azure. It names the version it was written
/// for, so a file copied over the upload later is not credited to the uploader.
/// </summary>
internal static class LocalUploaderNote
{
    private sealed record Note(string Version, Uploader UploadedBy);

    public static string PathFor(string file) => Path.Combine(Path.GetDirectoryName(file)!, $".{Path.GetFileName(file)}.uploader.json");

    public static Task WriteAsync(string file, string version, Uploader uploader, CancellationToken ct) =>
        AtomicFile.WriteIfChangedAsync(PathFor(file), JsonSerializer.SerializeToUtf8Bytes(new Note(version, uploader), PipelineJson.Options), ct);

    /// <summary>The uploader of this version of the file, or null (no note, another version, or an unreadable note).</summary>
    public static Uploader? Read(string file, string version)
    {
        var note = PathFor(file);
        if (!File.Exists(note))
        {
            return null;
        }

        try
        {
            return PipelineJson.Deserialize<Note>(File.ReadAllText(note)) is { } read && read.Version == version ? read.UploadedBy : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
