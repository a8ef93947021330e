namespace Changji.Pipeline.Alerts;

/// <summary>Codes: <c>high</c> (blocks acceptance), <c>medium</c> (must be corrected), <c>low</c> (to check).</summary>
public enum AlertSeverity
{
    High,
    Medium,
    Low,
}
