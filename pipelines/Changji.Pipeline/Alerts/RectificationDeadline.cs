using Changji.Pipeline.Recompute;

namespace Changji.Pipeline.Alerts;

/// <summary>整改时限 and 逾期 (docs/outputs.md §3): a deadline by severity in Beijing dates, and the severity shown once overdue.</summary>
public static class RectificationDeadline
{
    /// <summary>The Beijing date the alert opened plus the days its severity allows.</summary>
    public static DateOnly DueDate(DateTime openedAtUtc, AlertSeverity severity, AlertSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var days = settings.RectificationDays.TryGetValue(severity, out var d) ? d : AlertSettings.Default.RectificationDays[severity];
        return SchoolCalendar.BeijingDate(new DateTimeOffset(DateTime.SpecifyKind(openedAtUtc, DateTimeKind.Utc))).AddDays(days);
    }

    /// <summary>Past due when the Beijing date of <paramref name="nowUtc"/> is after the due date (the due date itself is still in time).</summary>
    public static int DaysOverdue(DateOnly dueDate, DateTime nowUtc) =>
        SchoolCalendar.BeijingDate(new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc))).DayNumber - dueDate.DayNumber;

    /// <summary>One step higher: low → medium → high; high stays high.</summary>
    public static AlertSeverity Escalated(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Low => AlertSeverity.Medium,
        _ => AlertSeverity.High,
    };
}
