using Changji.Evaluation.Catalogue;

namespace Changji.Pipeline.Alerts;

/// <summary>A rule that fires for a subject in a year. Its <see cref="Key"/> is what the ledger follows.</summary>
public sealed record FiredAlert
{
    public required AlertRule Rule { get; init; }
    public required int Year { get; init; }
    /// <summary>What it is about: a school code, <c>county</c>, a file path or a queue name.</summary>
    public required string Subject { get; init; }
    public string? SchoolCode { get; init; }
    public string? Level { get; init; }
    public string? IndicatorCode { get; init; }
    public required string MessageZh { get; init; }
    /// <summary>Further items it is about beyond <see cref="IndicatorCode"/> (the school rule: the indicators missed); they choose its owners, not its key.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];
    /// <summary>Its measures and responsible units under the profile's plan (<see cref="AlertOwners"/>); null without a plan.</summary>
    public PlanOwners? Owners { get; init; }

    /// <summary>The evaluation profile whose rules fired it; null for rules about files and the pipeline, which no profile decides.</summary>
    public string? Profile { get; init; }

    /// <summary>县级行政区划代码 of the county it is about; null for the home county (<see cref="Counties.HomeCounty"/>).</summary>
    public string? County { get; init; }

    /// <summary>
    /// Across-years rules omit the year so one alert follows the issue until it is resolved. Another
    /// county than the home county prefixes its code, so the home county's keys (and ids) are those
    /// it had before counties existed.
    /// </summary>
    public string Key
    {
        get
        {
            var key = Rule.AcrossYears
                ? $"{Rule.Code}|{Subject}|{Level}|{IndicatorCode}"
                : $"{Rule.Code}|{Year}|{Subject}|{Level}|{IndicatorCode}";
            return County is null ? key : County + "|" + key;
        }
    }
}
