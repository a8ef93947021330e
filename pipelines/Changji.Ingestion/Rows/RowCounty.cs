using Changji.Evaluation.Facts;
using Changji.Ingestion.Findings;
using Changji.Ingestion.Header;
using Changji.Text;

namespace Changji.Ingestion.Rows;

/// <summary>
/// The county a row belongs to (docs/input-files.md §5): its 县级行政区划代码 column, or the home county
/// when the file has no such column or the cell is blank. The home county is kept without a code, so a
/// file that names it and one that does not store the same facts under the same keys.
/// </summary>
internal readonly record struct RowCounty(string? Code, CountyNames? Names)
{
    public static RowCounty Home { get; } = new(null, null);

    public static RowCounty Read(RowValues row, string? homeCounty)
    {
        var names = ReadNames(row);
        if (!row.HasColumn("county_code"))
        {
            return new(null, names);
        }

        var text = row.Text("county_code", required: false);
        if (text is null)
        {
            return new(null, names);
        }

        var code = string.Concat(text.Select(HeaderText.Fold));
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            row.Error(FindingCodes.InvalidCountyCode, "county_code", text, ZhCn.Text("finding.problem.invalid"), ZhCn.Text("finding.invalid_county_code.expected"));
            return Home;
        }

        return new(code == homeCounty ? null : code, names);
    }

    private static CountyNames? ReadNames(RowValues row)
    {
        var county = row.Text("county_name", required: false);
        var prefecture = row.Text("prefecture_name", required: false);
        var province = row.Text("province_name", required: false);
        return county is null && prefecture is null && province is null ? null : new CountyNames(county, prefecture, province);
    }
}
