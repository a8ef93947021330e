using System.Globalization;

namespace Changji.Pipeline.Returns;

/// <summary>
/// The height a wrapped message's row needs. Set without <c>customHeight</c>, so Excel and WPS still size the
/// row anew when it is edited; set at all because LibreOffice (7.4, as CI prints it) keeps a row without a
/// height one line high and would cut the message off. Estimated generously: a Chinese character as two
/// widths of a digit (as Excel draws it at 11 pt), anything else as one; a line too many is only white space.
/// </summary>
internal static class MessageLines
{
    private const double PointsPerLine = 15;

    /// <summary>The row height in points for <paramref name="text"/> in a column <paramref name="width"/> digits wide; null for one line.</summary>
    public static double? Height(string text, double width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = 0;
        foreach (var c in text)
        {
            units += CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter || (char.IsPunctuation(c) && c > '\u2000') ? 2 : 1;
        }

        var lines = (int)Math.Ceiling(units / (width - 2));
        return lines > 1 ? lines * PointsPerLine : null;
    }
}
