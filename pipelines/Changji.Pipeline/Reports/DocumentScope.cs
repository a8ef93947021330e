namespace Changji.Pipeline.Reports;

/// <summary>
/// Which documents a recompute writes (setting <c>Documents</c>, <c>--documents</c>): a county writes them
/// all; an office evaluating hundreds of counties may not want 200 000 booklets (~10 ms each) on every run.
/// </summary>
public enum DocumentScope
{
    /// <summary>Every county's 自评报告 and 一校一册 (the default).</summary>
    All,

    /// <summary>Every county's 自评报告, no 一校一册.</summary>
    Reports,

    /// <summary>The home county's 自评报告 and 一校一册 only.</summary>
    Home,

    /// <summary>No 自评报告 and no 一校一册 (curated tables, alerts and validation reports still).</summary>
    None,
}

/// <summary>The documents setting as a service (an enum cannot be one).</summary>
public sealed record DocumentSettings(DocumentScope Scope)
{
    public static DocumentSettings Default { get; } = new(DocumentScope.All);
}
