namespace Changji.Pipeline.Alerts;

/// <summary>
/// The alert rules of outputs.md §3. An <see cref="AcrossYears"/> rule follows one issue over the
/// years (opened the first year it fires, resolved the first later year it no longer does); a
/// within-year rule is about one year's data and resolves only when that year is corrected.
/// </summary>
public sealed record AlertRule(string Code, AlertSeverity Severity, bool AcrossYears, string NameZh)
{
    public static readonly AlertRule SchoolBelowFloor = new("school_below_floor", AlertSeverity.High, true, "学校指标低于达标值的85%");
    public static readonly AlertRule SchoolRuleFailed = new("school_rule_failed", AlertSeverity.High, true, "学校未达到“7项中至少6项达标”");
    public static readonly AlertRule CvOverLimit = new("cv_over_limit", AlertSeverity.High, true, "校际差异系数超标");
    public static readonly AlertRule CountyItemNotMet = new("county_item_not_met", AlertSeverity.High, true, "县级指标未达标");
    public static readonly AlertRule SizeOverCap = new("size_over_cap", AlertSeverity.Medium, true, "学校规模或班额超标");
    public static readonly AlertRule FileRejected = new("file_rejected", AlertSeverity.Medium, false, "报送文件被退回");
    public static readonly AlertRule RowsRejected = new("rows_rejected", AlertSeverity.Medium, false, "报送文件部分数据行被退回");
    public static readonly AlertRule SubmissionMissing = new("submission_missing", AlertSeverity.Medium, false, "逾期未报送");
    public static readonly AlertRule ImplausibleChange = new("implausible_change", AlertSeverity.Low, false, "数据较上年异常变动");
    public static readonly AlertRule PoisonMessage = new("poison_message", AlertSeverity.Medium, false, "处理失败的消息");

    public static IReadOnlyList<AlertRule> All { get; } =
    [
        SchoolBelowFloor, SchoolRuleFailed, CvOverLimit, CountyItemNotMet, SizeOverCap,
        FileRejected, RowsRejected, SubmissionMissing, ImplausibleChange, PoisonMessage,
    ];

    public string SeverityCode => Severity switch
    {
        AlertSeverity.High => "high",
        AlertSeverity.Medium => "medium",
        _ => "low",
    };
}
