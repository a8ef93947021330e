using Changji.Evaluation.Facts;
using Changji.Ingestion.Findings;
using Changji.Text;

namespace Changji.Ingestion.Rows;

/// <summary>
/// The accepted rows of a file, whichever its kind, up to a chunk at a time (<see cref="TakeChunk"/>); what the
/// whole file needs beyond a chunk is kept as small keys: the count, the counties named, the funding schools.
/// </summary>
internal sealed class KindRows(FileKind kind)
{
    private readonly HashSet<string?> countySeen = [];

    public List<SchoolStatistics> Statistics { get; private set; } = [];
    public List<SchoolFunding> Funding { get; private set; } = [];
    public List<CountyFigure> Figures { get; private set; } = [];

    public int Count => Statistics.Count + Funding.Count + Figures.Count;

    /// <summary>Every row accepted so far, handed over or not.</summary>
    public int Accepted { get; private set; }

    /// <summary>True once a chunk has been taken: the lists no longer hold the whole file.</summary>
    public bool HandedOver { get; private set; }

    /// <summary>The counties of the accepted rows (null: no county column), each once, in first-read order.</summary>
    public List<string?> Counties { get; } = [];

    public List<FundingSchool> FundingSchools { get; } = [];

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
        Accepted++;
        switch (fact)
        {
            case SchoolStatistics statistics:
                Statistics.Add(statistics);
                Note(statistics.CountyCode);
                break;
            case SchoolFunding funding:
                Funding.Add(funding);
                Note(funding.CountyCode);
                FundingSchools.Add(new FundingSchool(funding.Year, funding.SchoolCode, funding.SchoolName));
                break;
            case CountyFigure figure:
                Figures.Add(figure);
                Note(figure.CountyCode);
                break;
        }
    }

    /// <summary>The rows held, handed over; the lists start again empty.</summary>
    public RowChunk TakeChunk()
    {
        var chunk = new RowChunk(Statistics, Funding, Figures);
        (Statistics, Funding, Figures) = ([], [], []);
        HandedOver = true;
        return chunk;
    }

    /// <summary>The code that must be unique within a file of this kind, with its Chinese wording.</summary>
    public (string Code, string KeyKey, string KeyName) Uniqueness => kind == FileKind.County
        ? (FindingCodes.DuplicateCountyCode, "code", ZhCn.Text("finding.duplicate_county_code.name"))
        : (FindingCodes.DuplicateSchoolCode, "school_code", ZhCn.Text("finding.duplicate_school_code.name"));

    private void Note(string? county)
    {
        if (countySeen.Add(county))
        {
            Counties.Add(county);
        }
    }
}
