using Changji.Ingestion.Findings;
using Changji.Ingestion.Header;
using Changji.Ingestion.Reading;
using Changji.Text;

namespace Changji.Ingestion.Rows;

/// <summary>
/// The current data row, read column by column by key. Each accessor reports what is wrong with
/// its value and marks the row rejected; one instance is reused for every row of a file.
/// </summary>
internal sealed class RowValues(HeaderMap map, FindingSink sink)
{
    private readonly Cell[] cells = new Cell[map.Width];

    public int Row { get; private set; }
    public bool HasError { get; private set; }

    /// <summary>The row's identity within the file (school code, county code) once it is known valid.</summary>
    public string? Key { get; set; }

    public void Load(IRowSource source)
    {
        Row = source.RowNumber;
        HasError = false;
        Key = null;
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = source[i];
        }
    }

    public Cell Raw(string key) => map.Find(key) is { } column ? cells[column.Index] : Cell.Empty;

    /// <summary>Every cell of the row as read, mapped or not.</summary>
    public ReadOnlySpan<Cell> Cells => cells;

    public string Label(string key) => map.Label(key);

    public void Error(string code, string key, string? value, string problem, string expected)
    {
        HasError = true;
        sink.Error(code, Row, Label(key), value, problem, expected);
    }

    /// <summary>A problem worth telling the steward that does not reject the row.</summary>
    public void Warning(string code, string key, string? value, string problem, string expected) =>
        sink.Warning(code, Row, Label(key), value, problem, expected);

    /// <summary>Whether the header has this column at all (an optional column may be left out).</summary>
    public bool HasColumn(string key) => map.Find(key) is not null;

    public void Missing(string key, string expected) =>
        Error(FindingCodes.RequiredMissing, key, null, ZhCn.Text("finding.required_missing.problem"), expected);

    /// <summary>Text as written, trimmed; a leading '=' is kept as text, never evaluated.</summary>
    public string? Text(string key, bool required)
    {
        var cell = Raw(key);
        if (!cell.IsBlank)
        {
            return cell.Text.Trim();
        }

        if (required)
        {
            Missing(key, ZhCn.Format("finding.required_missing.expected", ("column", Label(key))));
        }

        return null;
    }

    /// <summary>A whole number ≥ 0 (a count of persons, classes, rooms).</summary>
    /// <param name="requiredWhenPositive">The key of the column whose value &gt; 0 made this one required, if any.</param>
    public int? Count(string key, bool required, string? requiredWhenPositive = null) =>
        Whole(key, required, requiredWhenPositive, nonNegative: true);

    /// <summary>A whole number of any sign (the 学年).</summary>
    public int? Integer(string key, bool required) => Whole(key, required, null, nonNegative: false);

    /// <summary>The 学年 column: a plain year, or the way stewards write it (2024学年, 2024-2025).</summary>
    public int? SchoolYear() =>
        SchoolYearText.TryParse(Raw("year").Text, out var year) ? year : Integer("year", required: true);

    /// <summary>A number ≥ 0, converted from the header's unit to the canonical unit (元, m²).</summary>
    public decimal? Amount(string key, bool required, string? requiredWhenPositive = null)
    {
        var unit = map.Find(key)?.Unit;
        // Worded only for a finding: a valid cell, the usual case, costs no text.
        string Expected() => unit is null || unit.Label.Length == 0
            ? ZhCn.Text("finding.expected.amount")
            : ZhCn.Format("finding.expected.amount_in_unit", ("unit", unit.Label));
        var cell = Raw(key);
        if (cell.IsBlank)
        {
            if (required)
            {
                Missing(key, RequiredBecause(requiredWhenPositive, Expected()));
            }

            return null;
        }
        if (!NumberText.TryParse(cell, allowPercent: false, out var value, out _))
        {
            Error(FindingCodes.NotANumber, key, cell.Text, NotANumberProblem.Of(cell), Expected());
            return null;
        }
        if (value < 0)
        {
            Error(FindingCodes.NegativeValue, key, cell.Text, ZhCn.Text("finding.problem.invalid"), Expected());
            return null;
        }
        if (DecimalMath.TryMultiply(value, unit?.Factor ?? 1m, out var canonical))
        {
            return canonical;
        }

        Error(FindingCodes.NotANumber, key, cell.Text, NotANumberProblem.TooLarge, Expected());
        return null;
    }

    private string RequiredBecause(string? governingKey, string expected) =>
        ZhCn.Format("finding.required_missing.because", ("because", governingKey is null
            ? ZhCn.Text("finding.required_missing.required")
            : ZhCn.Format("finding.required_missing.required_when_positive", ("column", Label(governingKey)))), ("expected", expected));

    private static readonly string ExpectedCount = ZhCn.Text("finding.expected.count");
    private static readonly string ExpectedInteger = ZhCn.Text("finding.expected.integer");

    private int? Whole(string key, bool required, string? requiredWhenPositive, bool nonNegative)
    {
        var expected = nonNegative ? ExpectedCount : ExpectedInteger;
        var cell = Raw(key);
        if (cell.IsBlank)
        {
            if (required)
            {
                Missing(key, RequiredBecause(requiredWhenPositive, expected));
            }

            return null;
        }
        if (!NumberText.TryParse(cell, allowPercent: false, out var value, out _))
        {
            Error(FindingCodes.NotANumber, key, cell.Text, NotANumberProblem.Of(cell), expected);
            return null;
        }
        if (value != decimal.Truncate(value) || value > int.MaxValue || value < int.MinValue)
        {
            Error(FindingCodes.NotAnInteger, key, cell.Text, ZhCn.Text("finding.problem.invalid"), expected);
            return null;
        }
        if (nonNegative && value < 0)
        {
            Error(FindingCodes.NegativeCount, key, cell.Text, ZhCn.Text("finding.problem.invalid"), expected);
            return null;
        }
        return (int)value;
    }
}
