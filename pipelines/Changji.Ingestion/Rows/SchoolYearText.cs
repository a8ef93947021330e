using System.Globalization;
using System.Text.RegularExpressions;

namespace Changji.Ingestion.Rows;

/// <summary>
/// 学年 as stewards write it: <c>2024</c>, <c>2024学年</c>, <c>2024-2025</c>, <c>2024—2025学年</c>
/// (the second year must follow the first). All mean school year 2024.
/// </summary>
internal static partial class SchoolYearText
{
    public static bool TryParse(string text, out int year)
    {
        // The usual cell is a plain year: read without the pattern.
        if (text.Length == 4 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]))
        {
            year = int.Parse(text, CultureInfo.InvariantCulture);
            return true;
        }

        year = 0;
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var first = int.Parse(match.Groups["first"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["second"].Success && int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) != first + 1)
        {
            return false;
        }

        year = first;
        return true;
    }

    [GeneratedRegex(@"^(?<first>\d{4})(?:\s*[-—–~至]\s*(?<second>\d{4}))?\s*(?:学年)?$")]
    private static partial Regex Pattern();
}
