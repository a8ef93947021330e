namespace Changji.Pipeline.Alerts;

/// <summary>
/// Settings of the alert rules that are not part of the standard (the standard's numbers live in
/// the catalogue). Defaults: statistics due 31 October, funding and county figures 31 December of
/// the school year's first calendar year; a school's students or teaching area changing by more
/// than half from last year is implausible.
/// </summary>
public sealed record AlertSettings
{
    /// <summary>Deadline (month, day) per file kind code, in the calendar year the school year starts.</summary>
    public IReadOnlyDictionary<string, (int Month, int Day)> Deadlines { get; init; } = new Dictionary<string, (int, int)>
    {
        ["statistics"] = (10, 31),
        ["funding"] = (12, 31),
        ["county"] = (12, 31),
    };

    /// <summary>A relative change above this (0.5 = ±50 %) from last year is implausible.</summary>
    public double ImplausibleChangeRatio { get; init; } = 0.5;

    /// <summary>
    /// 整改时限: days to rectify by the rule's severity, counted in Beijing dates from the day the alert
    /// opened (settings <c>RectificationDaysHigh</c>, <c>…Medium</c>, <c>…Low</c>; defaults 90, 180, 365).
    /// </summary>
    public IReadOnlyDictionary<AlertSeverity, int> RectificationDays { get; init; } = new Dictionary<AlertSeverity, int>
    {
        [AlertSeverity.High] = 90,
        [AlertSeverity.Medium] = 180,
        [AlertSeverity.Low] = 365,
    };

    public static AlertSettings Default { get; } = new();

    /// <summary>Parses <c>statistics=10-31;funding=12-31;county=12-31</c> (the <c>SubmissionDeadlines</c> app setting).</summary>
    public static AlertSettings WithDeadlines(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return Default;
        }

        var deadlines = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in setting.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            var md = kv.Length == 2 ? kv[1].Split('-', 2) : [];
            if (md.Length != 2 || !int.TryParse(md[0], out var month) || !int.TryParse(md[1], out var day) || month is < 1 or > 12 || day is < 1 or > 31)
            {
                throw new FormatException($"SubmissionDeadlines: '{part}' is not kind=MM-DD.");
            }

            deadlines[kv[0]] = (month, day);
        }

        return Default with { Deadlines = deadlines };
    }
}
