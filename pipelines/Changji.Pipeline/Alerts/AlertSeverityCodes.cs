using Changji.Text;

namespace Changji.Pipeline.Alerts;

/// <summary>Output codes of <see cref="AlertSeverity"/> and by code their Chinese names.</summary>
public static class AlertSeverityCodes
{
    public static CodeMap<AlertSeverity> Map { get; } = new("alert_severity",
        (AlertSeverity.High, "high"), (AlertSeverity.Medium, "medium"), (AlertSeverity.Low, "low"));

    public static string ToCode(this AlertSeverity severity) => Map.Code(severity);

    public static string ToChinese(this AlertSeverity severity) => Map.Label(severity);
}
