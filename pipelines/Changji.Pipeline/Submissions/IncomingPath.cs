using System.Globalization;

namespace Changji.Pipeline.Submissions;

/// <summary>Reads the school year from where a steward dropped a file: <c>incoming/{year}/{anything}</c>.</summary>
public static class IncomingPath
{
    /// <summary>Normalises separators and drops a leading <c>incoming/</c>.</summary>
    public static string Normalise(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var p = path.Replace('\\', '/').TrimStart('/');
        return p.StartsWith("incoming/", StringComparison.OrdinalIgnoreCase) ? p["incoming/".Length..] : p;
    }

    /// <summary>The last folder of the path that is a four-digit year, or null.</summary>
    public static int? FolderYear(string path)
    {
        var segments = Normalise(path).Split('/');
        for (var i = segments.Length - 2; i >= 0; i--)
        {
            var s = segments[i];
            if (s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>Hidden files and Office lock files (<c>~$…</c>) are not submissions; every other file is, whatever its type, so its steward learns why it was not read.</summary>
    public static bool IsSubmission(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length > 0 && !name.StartsWith('.') && !name.StartsWith("~$", StringComparison.Ordinal);
    }
}
