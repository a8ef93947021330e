namespace Changji.Pipeline.Alerts;

/// <summary>
/// Who an alert is for. Codes: <c>supervision</c> (the supervision office 督导室 and the responsible
/// units: the county's data) and <c>operations</c> (whoever runs the pipeline: a poison queue, a failed
/// delivery, a failing function).
/// </summary>
public enum AlertAudience
{
    Supervision,
    Operations,
}

/// <summary>Output codes of <see cref="AlertAudience"/>: the message property and Service Bus application property <c>audience</c>.</summary>
public static class AlertAudienceCodes
{
    public static string ToCode(this AlertAudience audience) => audience switch
    {
        AlertAudience.Supervision => "supervision",
        AlertAudience.Operations => "operations",
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, null),
    };
}
