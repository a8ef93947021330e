namespace Changji.Pipeline.Alerts;

/// <summary>Codes: <c>opened</c>, <c>resolved</c>, <c>overdue</c> (still open past its rectification deadline).</summary>
public enum AlertEventType
{
    Opened,
    Resolved,
    Overdue,
}
