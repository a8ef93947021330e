using Changji.Text;

namespace Changji.Ingestion;

/// <summary>Output codes of a finding's <see cref="Severity"/> and by code their Chinese names.</summary>
public static class SeverityCodes
{
    public static CodeMap<Severity> Map { get; } = new("finding_severity", (Severity.Error, "error"), (Severity.Warning, "warning"));

    public static string ToCode(this Severity severity) => Map.Code(severity);

    public static string ToChinese(this Severity severity) => Map.Label(severity);
}
