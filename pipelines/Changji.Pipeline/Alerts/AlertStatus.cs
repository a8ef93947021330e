namespace Changji.Pipeline.Alerts;

/// <summary>Codes: <c>open</c> 未整改, <c>resolved</c> 已销号.</summary>
public enum AlertStatus
{
    Open,
    Resolved,
}
