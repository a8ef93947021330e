namespace Changji.Evaluation.Facts;

/// <summary>
/// The names a row gives its county, prefecture and province (县级、地级、省级行政区划名称), kept so
/// dim_county can name counties; any may be missing (docs/input-files.md §5).
/// </summary>
public sealed record CountyNames(string? County, string? Prefecture, string? Province);
