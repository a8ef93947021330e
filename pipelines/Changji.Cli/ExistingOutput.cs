using Changji.Storage.Local;
using Changji.Text;

namespace Changji.Cli;

/// <summary>
/// The commands that read what <c>changji run</c> wrote (notify, bulletin, template --from) refuse a folder
/// without an information database, rather than creating an empty one and answering from nothing.
/// </summary>
internal static class ExistingOutput
{
    /// <summary>The folder's layout, or null (and why on <paramref name="stderr"/>) when it holds no information database.</summary>
    public static async Task<LocalFolders?> OpenAsync(DirectoryInfo folder, TextWriter stderr)
    {
        var folders = new LocalFolders(folder.FullName, folder.FullName);
        if (File.Exists(folders.Database))
        {
            return folders;
        }

        await stderr.WriteLineAsync(ZhCn.Format("cli.notify.error.no_database", ("path", folder.FullName))).ConfigureAwait(false);
        return null;
    }
}
