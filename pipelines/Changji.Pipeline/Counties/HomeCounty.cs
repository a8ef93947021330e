namespace Changji.Pipeline.Counties;

/// <summary>
/// The county a deployment evaluates by default (settings <c>County</c>, <c>CountyName</c>,
/// <c>Prefecture</c>, <c>Province</c>; <c>--county</c> locally): files without a 县级行政区划代码
/// column belong to it, and its facts, alerts and reports keep the keys and paths they had before
/// counties existed (docs/input-files.md §5, docs/outputs.md §6).
/// </summary>
public sealed record HomeCounty(string Code, string Name, string? Prefecture, string? Province)
{
    /// <summary>昌吉市, the county the samples and the plan are about.</summary>
    public static HomeCounty Changji { get; } = new("652301", "昌吉市", "昌吉回族自治州", "新疆维吾尔自治区");

    /// <summary>The code a fact or alert belongs to: its own, or the home county's when it has none.</summary>
    public string Resolve(string? countyCode) => countyCode ?? Code;

    /// <summary>How a county is stored on facts and alerts: null for the home county, its code for any other.</summary>
    public string? Stored(string countyCode) => countyCode == Code ? null : countyCode;

    public static bool IsCode(string? text) => text is { Length: 6 } && text.All(char.IsAsciiDigit);
}
