namespace Changji.Pipeline.Alerts;

/// <summary>Codes: <c>opened</c>, <c>resolved</c>.</summary>
public enum AlertEventType
{
    Opened,
    Resolved,
}
