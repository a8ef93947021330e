using System.Globalization;
using Changji.Evaluation.Facts;
using Changji.Ingestion.Findings;
using Changji.Ingestion.Header;
using Changji.Ingestion.Reading;
using Changji.Text;

namespace Changji.Ingestion.Rows;

/// <summary>Reads and checks one row of 县级指标数据 (docs/input-files.md §3).</summary>
internal static class CountyRowReader
{
    /// <summary>A county other than the home county prefixes the row's key, as <see cref="CountyFigure.StoreKey"/> does.</summary>
    public static CountyFigure? Read(RowValues row, int year, RowCounty county)
    {
        var figure = ReadFigure(row, year);
        if (county == RowCounty.Home)
        {
            return figure;
        }

        if (county.Code is not null && row.Key is string key)
        {
            row.Key = county.Code + "/" + key;
        }
        return figure is null ? null : figure with { CountyCode = county.Code, CountyNames = county.Names };
    }

    private static CountyFigure? ReadFigure(RowValues row, int year)
    {
        var codeText = row.Text("code", required: true);
        var note = row.Text("note", required: false);
        if (codeText is null)
        {
            return null;
        }

        if (!CountyCodeCatalogue.TryFind(codeText, out var code, out var kind))
        {
            row.Error(FindingCodes.UnknownCountyCode, "code", codeText, ZhCn.Text("finding.unknown_county_code.problem"),
                ZhCn.Format("finding.expected.one_of", ("choices", string.Join("、", CountyCodeCatalogue.Codes))));
            return null;
        }
        var cell = row.Raw("value");
        if (cell.IsBlank)
        {
            row.Missing("value", ZhCn.Format("finding.county_value.missing", ("code", code), ("expectation", Expectation(kind))));
            return null;
        }
        if (kind == CountyValueKind.SchoolCode)
        {
            return ClosedSchool(row, year, code, cell, note);
        }
        row.Key = code;
        return kind == CountyValueKind.YesNo ? Judgement(row, year, code, cell, note) : Number(row, year, code, kind, cell, note);
    }

    /// <summary>
    /// closed_school: the value is the school's 学校标识码, one row per school, so the row's identity
    /// (and the store's key) is the code and the school together (docs/input-files.md §3).
    /// </summary>
    private static CountyFigure? ClosedSchool(RowValues row, int year, string code, Cell cell, string? note)
    {
        var text = cell.Text.Trim();
        var school = string.Concat(text.Select(HeaderText.Fold));
        if (school.Length != 10 || !school.All(char.IsAsciiDigit))
        {
            row.Error(FindingCodes.InvalidSchoolCode, "value", text, ZhCn.Text("finding.problem.invalid"), Expected(code, CountyValueKind.SchoolCode));
            return null;
        }
        var figure = new CountyFigure { Year = year, Code = code, Subject = school, Note = note };
        row.Key = figure.StoreKey();
        return figure;
    }

    private static CountyFigure? Judgement(RowValues row, int year, string code, Cell cell, string? note)
    {
        if (YesNo.TryParse(cell.Text, out var judgement))
        {
            return new CountyFigure { Year = year, Code = code, Judgement = judgement, Note = note };
        }
        row.Error(FindingCodes.NotYesNo, "value", cell.Text, ZhCn.Text("finding.problem.invalid"), Expected(code, CountyValueKind.YesNo));
        return null;
    }

    private static CountyFigure? Number(RowValues row, int year, string code, CountyValueKind kind, Cell cell, string? note)
    {
        var expected = Expected(code, kind);
        var allowPercent = kind is CountyValueKind.Percent or CountyValueKind.Ratio;
        if (!NumberText.TryParse(cell, allowPercent, out var value, out var percent))
        {
            row.Error(FindingCodes.NotANumber, "value", cell.Text, NotANumberProblem.Of(cell), expected);
            return null;
        }
        if (value < 0)
        {
            row.Error(kind == CountyValueKind.Persons ? FindingCodes.NegativeCount : FindingCodes.NegativeValue, "value", cell.Text, ZhCn.Text("finding.problem.invalid"), expected);
            return null;
        }
        if (kind == CountyValueKind.Persons && value != decimal.Truncate(value))
        {
            row.Error(FindingCodes.NotAnInteger, "value", cell.Text, ZhCn.Text("finding.problem.invalid"), expected);
            return null;
        }
        if (!percent && value > 0m && value <= 1m && CountyCodeCatalogue.WarnsWhenAtMostOnePercent(code, kind))
        {
            WarnRatioLike(row, code, cell, value);
        }
        // A ratio written as a percentage ("12%") is stored as the ratio it denotes (0.12).
        var stored = kind == CountyValueKind.Ratio && percent ? value / 100m : value;
        return new CountyFigure { Year = year, Code = code, Number = (double)stored, Note = note };
    }

    /// <summary>
    /// 0.96 in a percent column is most likely 96 % written as a ratio. It is still stored as given
    /// (0.96 %): only the steward knows, so the warning names the likely intended value.
    /// </summary>
    private static void WarnRatioLike(RowValues row, string code, Cell cell, decimal value)
    {
        var seen = value.ToString("0.############################", CultureInfo.InvariantCulture);
        var intended = (value * 100m).ToString("0.############################", CultureInfo.InvariantCulture);
        row.Warning(FindingCodes.PercentLikeRatio, "value", cell.Text,
            ZhCn.Format("finding.percent_like_ratio.problem", ("seen", seen)),
            ZhCn.Format("finding.percent_like_ratio.expected", ("code", code), ("intended", intended), ("seen", seen)));
    }

    private static string Expected(string code, CountyValueKind kind) =>
        ZhCn.Format("finding.county_value.expected", ("code", code), ("expectation", Expectation(kind)));

    private static string Expectation(CountyValueKind kind) => kind switch
    {
        CountyValueKind.YesNo => ZhCn.Text("finding.county_value.yes_no"),
        CountyValueKind.Percent => ZhCn.Text("finding.county_value.percent"),
        CountyValueKind.Ratio => ZhCn.Text("finding.county_value.ratio"),
        CountyValueKind.Yuan => ZhCn.Text("finding.county_value.yuan"),
        CountyValueKind.SchoolCode => ZhCn.Text("finding.county_value.school_code"),
        _ => ZhCn.Text("finding.county_value.persons"),
    };
}
