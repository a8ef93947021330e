using System.Text;

namespace Changji.Ingestion.Header;

/// <summary>
/// Header comparison key: case-, space- and underscore-insensitive, full-width forms folded to
/// half-width, so 「乡镇（街道）」, "乡镇(街道)" and "Primary Students" / "primary_students" all match.
/// </summary>
internal static class HeaderText
{
    public static string Normalize(string header)
    {
        var key = new StringBuilder(header.Length);
        foreach (var raw in header)
        {
            var c = Fold(raw);
            if (char.IsWhiteSpace(c) || c == '_')
            {
                continue;
            }

            key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString();
    }

    /// <summary>Splits "名称(单位)" into its base and the text inside the last parentheses.</summary>
    public static bool TrySplitUnit(string normalized, out string baseName, out string unit)
    {
        baseName = normalized;
        unit = string.Empty;
        if (!normalized.EndsWith(')'))
        {
            return false;
        }

        var open = normalized.LastIndexOf('(');
        if (open <= 0)
        {
            return false;
        }

        baseName = normalized[..open];
        unit = normalized[(open + 1)..^1];
        return true;
    }

    /// <summary>Full-width ASCII (（）：，０-９ａ-ｚ and the ideographic space) to half-width.</summary>
    public static char Fold(char c) => c switch
    {
        '\u3000' => ' ',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        _ => c,
    };
}
