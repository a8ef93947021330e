using Changji.Text;

namespace Changji.Pipeline.Alerts;

/// <summary>
/// The alert rules of docs/outputs.md §3. An <see cref="AcrossYears"/> rule follows one issue over the
/// years (opened the first year it fires, resolved the first later year it no longer does); a
/// within-year rule is about one year's data and resolves only when that year is corrected.
/// </summary>
public sealed record AlertRule(string Code, AlertSeverity Severity, bool AcrossYears, AlertAudience Audience = AlertAudience.Supervision)
{
    /// <summary>The rule's Chinese name, from the catalogue's <c>alert_rule</c> labels.</summary>
    public string NameZh => ZhCn.Label("alert_rule", Code);

    public static readonly AlertRule SchoolBelowFloor = new("school_below_floor", AlertSeverity.High, true);
    public static readonly AlertRule SchoolRuleFailed = new("school_rule_failed", AlertSeverity.High, true);
    public static readonly AlertRule CvOverLimit = new("cv_over_limit", AlertSeverity.High, true);
    public static readonly AlertRule CountyItemNotMet = new("county_item_not_met", AlertSeverity.High, true);
    public static readonly AlertRule SizeOverCap = new("size_over_cap", AlertSeverity.Medium, true);
    public static readonly AlertRule FileRejected = new("file_rejected", AlertSeverity.Medium, false);
    public static readonly AlertRule RowsRejected = new("rows_rejected", AlertSeverity.Medium, false);
    public static readonly AlertRule SubmissionMissing = new("submission_missing", AlertSeverity.Medium, false);
    public static readonly AlertRule ImplausibleChange = new("implausible_change", AlertSeverity.Low, false);
    public static readonly AlertRule PoisonMessage = new("poison_message", AlertSeverity.Medium, false, AlertAudience.Operations);
    public static readonly AlertRule SchoolNotReported = new("school_not_reported", AlertSeverity.Medium, false);

    public static IReadOnlyList<AlertRule> All { get; } =
    [
        SchoolBelowFloor, SchoolRuleFailed, CvOverLimit, CountyItemNotMet, SizeOverCap,
        FileRejected, RowsRejected, SubmissionMissing, ImplausibleChange, PoisonMessage, SchoolNotReported,
    ];

    public string SeverityCode => Severity.ToCode();

    /// <summary>The rule of a ledger line; an unknown code is a defect, not a line to show without a name.</summary>
    public static AlertRule Of(string code) =>
        All.FirstOrDefault(r => r.Code == code) ?? throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown alert rule.");
}
