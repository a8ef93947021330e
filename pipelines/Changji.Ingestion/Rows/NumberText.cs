using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Changji.Ingestion.Header;
using Changji.Ingestion.Reading;

namespace Changji.Ingestion.Rows;

/// <summary>
/// Numbers as stewards write them: Excel numerics, "1,234.5" with thousands separators, full-width
/// digits, and — only where a percentage makes sense — "96.5%".
/// </summary>
internal static partial class NumberText
{
    public static bool TryParse(Cell cell, bool allowPercent, out decimal value, out bool percent)
    {
        percent = false;
        value = 0m;
        if (cell.Number is decimal number)
        {
            percent = cell.IsPercent;
            if (percent && !allowPercent)
            {
                return false;
            }

            if (!percent)
            {
                value = number;
                return true;
            }
            return DecimalMath.TryMultiply(number, 100m, out value);
        }
        var text = Clean(cell.Text);
        if (text.EndsWith('%'))
        {
            if (!allowPercent)
            {
                return false;
            }

            percent = true;
            text = text[..^1];
        }
        if (text.Contains(',') && !Grouped().IsMatch(text))
        {
            return false;
        }

        return decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value);
    }

    private static string Clean(string text)
    {
        // Most cells are plain digits: nothing to fold or drop, no copy.
        if (!text.AsSpan().ContainsAnyExcept(PlainChars))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = HeaderText.Fold(raw);
            if (!char.IsWhiteSpace(c))
            {
                clean.Append(c);
            }
        }
        return clean.ToString();
    }

    /// <summary>Characters <see cref="Clean"/> keeps as they are: neither white space nor full-width.</summary>
    private static readonly System.Buffers.SearchValues<char> PlainChars = System.Buffers.SearchValues.Create("0123456789.,+-%eE");

    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex Grouped();
}
