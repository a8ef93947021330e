using Changji.Evaluation.Facts;
using Changji.Ingestion;
using Changji.Text;

namespace Changji.Pipeline.Recompute;

/// <summary>
/// Checks across the files of one year (docs/input-files.md §2: a funding row's school must be in that
/// year's statistics). They yield ordinary findings: the funding file's validation report gets them when it
/// arrives, and every recompute runs them again over the information database, so the warning in
/// fact_data_quality lasts exactly until the statistics that answer it arrive. The funding row is kept.
/// </summary>
public static class CrossFileChecks
{
    public const string FundingSchoolUnknown = "funding_school_unknown";

    /// <param name="file">Where the rows came from: the funding file's path, or the file kind when they come from the information database.</param>
    public static IEnumerable<Finding> UnknownFundingSchools(int year, IReadOnlyList<SchoolFunding> funding, IReadOnlySet<string> statisticsSchools, string file)
    {
        ArgumentNullException.ThrowIfNull(funding);
        ArgumentNullException.ThrowIfNull(statisticsSchools);
        return funding.Where(f => !statisticsSchools.Contains(f.SchoolCode)).Select(f => Unknown(year, f.SchoolCode, f.SchoolName, file));
    }

    private static Finding Unknown(int year, string schoolCode, string? schoolName, string file) => new()
    {
        File = file,
        Column = ZhCn.Text("cross_file.funding_school_unknown.column"),
        Value = schoolCode,
        Severity = Severity.Warning,
        Code = FundingSchoolUnknown,
        MessageZh = ZhCn.Format("cross_file.funding_school_unknown", ("year", year), ("school_code", schoolCode), ("school_name", schoolName)),
    };

    /// <inheritdoc cref="UnknownFundingSchools(int, IReadOnlyList{SchoolFunding}, IReadOnlySet{string}, string)"/>
    /// <param name="funding">The year and school of each funding row (<see cref="IngestedFile.FundingSchools"/>): a large file's rows are not held.</param>
    public static IEnumerable<Finding> UnknownFundingSchools(int year, IReadOnlyList<FundingSchool> funding, IReadOnlySet<string> statisticsSchools, string file)
    {
        ArgumentNullException.ThrowIfNull(funding);
        ArgumentNullException.ThrowIfNull(statisticsSchools);
        return funding.Where(f => !statisticsSchools.Contains(f.SchoolCode)).Select(f => Unknown(year, f.SchoolCode, f.SchoolName, file));
    }

    /// <summary>The checks over everything the information database holds for the year.</summary>
    public static IEnumerable<Finding> Run(CountyYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return year.Funding.Count == 0
            ? []
            : UnknownFundingSchools(year.Year, year.Funding, year.Schools.Select(s => s.SchoolCode).ToHashSet(StringComparer.Ordinal), FileKind.Funding.ToChinese());
    }
}
