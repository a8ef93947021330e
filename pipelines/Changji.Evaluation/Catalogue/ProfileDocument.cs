namespace Changji.Evaluation.Catalogue;

// The JSON shape of a resolved profile. Only used between ProfileMerger and ProfileReader:
// every field is nullable because a derived profile states only what it changes.

internal sealed record ProfileDocument
{
    public string? Name { get; init; }
    public string? BasedOn { get; init; }
    public string? Version { get; init; }
    public string? TitleZh { get; init; }
    public ResourceDocument? Resource { get; init; }
    public List<ItemDocument>? Items { get; init; }
    public PlanDocument? Plan { get; init; }
}

internal sealed record PlanDocument
{
    public List<MeasureDocument>? Measures { get; init; }
    public Dictionary<string, AnswerDocument>? Answers { get; init; }
}

internal sealed record MeasureDocument
{
    public int? Number { get; init; }
    public string? TitleZh { get; init; }
    public string? GroupZh { get; init; }
    public List<string>? Units { get; init; }
}

internal sealed record AnswerDocument
{
    public List<int>? Measures { get; init; }
    public List<string>? Units { get; init; }
}

internal sealed record ResourceDocument
{
    public string? CvMethod { get; init; }
    public Dictionary<string, double>? CvLimits { get; init; }
    public double? FloorRatio { get; init; }
    public int? MinIndicatorsMet { get; init; }
    public SplitWeightsDocument? SplitWeights { get; init; }
    public int? TeachingPointMinStudents { get; init; }
    public bool? IncludePrivate { get; init; }
    public double? Tolerance { get; init; }
}

internal sealed record SplitWeightsDocument
{
    public double? Primary { get; init; }
    public double? Junior { get; init; }
    public double? JuniorComplete { get; init; }
    public double? SeniorComplete { get; init; }
    public double? SeniorTwelveYear { get; init; }
}

internal sealed record ItemDocument
{
    public string? Code { get; init; }
    public string? NameZh { get; init; }
    public string? Area { get; init; }
    public string? Comparator { get; init; }
    public string? Unit { get; init; }
    public string? Source { get; init; }
    public string? RuleZh { get; init; }
    public double? Threshold { get; init; }
    public string? Figure { get; init; }
    public double? Scale { get; init; }
    public Dictionary<string, LevelDocument>? Levels { get; init; }
    public Dictionary<string, double>? Parameters { get; init; }
}

internal sealed record LevelDocument
{
    public double? Threshold { get; init; }
    public double? Floor { get; init; }
}
