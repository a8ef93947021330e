using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;

namespace Changji.Evaluation.County;

/// <summary>The facts a county rule reads, indexed once per evaluation (figures by code, funding by school).</summary>
internal sealed class CountyContext
{
    private readonly Dictionary<string, CountyFigure> figures;
    private readonly Dictionary<string, CountyFigure>? previousFigures;
    private readonly Dictionary<string, SchoolFunding> funding;

    public CountyContext(CountyYear current, CountyYear? previous, Profile profile)
    {
        Year = current.Year;
        Profile = profile;
        Schools = current.Schools;
        figures = Index(current.Figures);
        previousFigures = previous is null ? null : Index(previous.Figures);
        funding = new Dictionary<string, SchoolFunding>(current.Funding.Count, StringComparer.Ordinal);
        foreach (var row in current.Funding)
        {
            funding[row.SchoolCode] = row;
        }
    }

    public int Year { get; }
    public Profile Profile { get; }
    public IReadOnlyList<SchoolStatistics> Schools { get; }
    public double Tolerance => Profile.Resource.Tolerance;
    public bool HasPrevious => previousFigures is not null;

    public CountyFigure? Figure(string code) => figures.GetValueOrDefault(code);
    public double? Number(string code) => Figure(code)?.Number;
    public double? PreviousNumber(string code) => previousFigures?.GetValueOrDefault(code)?.Number;

    /// <summary>A 是/否 value; a number is accepted as 1 = 是, 0 = 否 for figures entered as numbers.</summary>
    public bool? Judgement(string code) => Figure(code) switch
    {
        { Judgement: { } yes } => yes,
        { Number: { } number } => number != 0,
        _ => null,
    };

    public SchoolFunding? Funding(string schoolCode) => funding.GetValueOrDefault(schoolCode);

    public bool Meets(double value, Comparator comparator, double bound) => Comparison.Meets(value, comparator, bound, Tolerance);

    private static Dictionary<string, CountyFigure> Index(IReadOnlyList<CountyFigure> rows)
    {
        var index = new Dictionary<string, CountyFigure>(rows.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            index[row.Code] = row;
        }

        return index;
    }
}
