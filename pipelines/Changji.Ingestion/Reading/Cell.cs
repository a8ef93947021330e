using System.Globalization;
using Changji.Ingestion.Rows;

namespace Changji.Ingestion.Reading;

/// <summary>
/// One cell as read: text from CSV or an xlsx string cell, or an Excel numeric (kept exact as a
/// decimal so 万元 → 元 conversions do not drift). The text form is built only when asked for.
/// </summary>
internal readonly struct Cell
{
    private readonly string? text;

    private Cell(string? text, decimal? number, bool percent, CellOrigin origin = CellOrigin.Plain)
    {
        this.text = text;
        Number = number;
        IsPercent = percent;
        Origin = origin;
    }

    public static Cell Empty => default;

    /// <summary>An Excel numeric, or null for a text cell.</summary>
    public decimal? Number { get; }

    /// <summary>An Excel numeric shown with a percent format: 0.965 is seen as 96.5%.</summary>
    public bool IsPercent { get; }

    /// <summary>What kind of Excel cell the text came from, so a finding can say why it is not a number.</summary>
    public CellOrigin Origin { get; }

    /// <summary>The value as the steward sees it.</summary>
    public string Text => text ?? Format();

    public bool IsBlank => text is null ? Number is null : string.IsNullOrWhiteSpace(text);

    public static Cell FromText(string? text) => new(text ?? string.Empty, null, false);

    public static Cell FromNumber(decimal number, bool percent) => new(null, number, percent);

    /// <summary>An Excel date or boolean cell, kept as the text Excel shows.</summary>
    public static Cell FromExcel(string text, CellOrigin origin) => new(text, null, false, origin);

    private string Format()
    {
        if (Number is not decimal number)
        {
            return string.Empty;
        }

        if (!IsPercent)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }
        // A huge percent-formatted number would overflow decimal when shown ×100: show it via double.
        return DecimalMath.TryMultiply(number, 100m, out var shown)
            ? shown.ToString(CultureInfo.InvariantCulture) + "%"
            : ((double)number * 100d).ToString("R", CultureInfo.InvariantCulture) + "%";
    }
}
