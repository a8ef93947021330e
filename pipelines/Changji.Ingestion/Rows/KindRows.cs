using Changji.Evaluation.Facts;
using Changji.Ingestion.Findings;
using Changji.Text;

namespace Changji.Ingestion.Rows;

/// <summary>The accepted rows of a file, whichever its kind.</summary>
internal sealed class KindRows(FileKind kind)
{
    public List<SchoolStatistics> Statistics { get; } = [];
    public List<SchoolFunding> Funding { get; } = [];
    public List<CountyFigure> Figures { get; } = [];

    /// <summary>Schools that need the 高中在校生数 column the header lacks; reported once per file.</summary>
    public SeniorColumnCheck SeniorColumn { get; } = new();

    /// <summary>Reads the row as this kind; the fact is kept only if no later check rejects the row.</summary>
    public object? Read(RowValues row, int year, RowCounty county) => kind switch
    {
        FileKind.Statistics => StatisticsRowReader.Read(row, year, county, SeniorColumn),
        FileKind.Funding => FundingRowReader.Read(row, year, county),
        _ => CountyRowReader.Read(row, year, county),
    };

    public void Add(object fact)
    {
        switch (fact)
        {
            case SchoolStatistics statistics: Statistics.Add(statistics); break;
            case SchoolFunding funding: Funding.Add(funding); break;
            case CountyFigure figure: Figures.Add(figure); break;
        }
    }

    /// <summary>The code that must be unique within a file of this kind, with its Chinese wording.</summary>
    public (string Code, string KeyKey, string KeyName) Uniqueness => kind == FileKind.County
        ? (FindingCodes.DuplicateCountyCode, "code", ZhCn.Text("finding.duplicate_county_code.name"))
        : (FindingCodes.DuplicateSchoolCode, "school_code", ZhCn.Text("finding.duplicate_school_code.name"));
}
