using Changji.Pipeline.Recompute;

namespace Changji.Pipeline.Reports;

/// <summary>
/// The period a 督查通报 covers: the Beijing calendar month before the one it is issued in, so the monthly
/// timer (first of the month) covers exactly the time since the previous bulletin, and a bulletin issued
/// again for the same month has the same number and the same content. Numbered by that month: 〔2025〕第10期.
/// </summary>
public sealed record BulletinPeriod(int Year, int Month)
{
    /// <summary>The month before the Beijing month of <paramref name="issuedAt"/>.</summary>
    public static BulletinPeriod Before(DateTimeOffset issuedAt)
    {
        var date = SchoolCalendar.BeijingDate(issuedAt).AddMonths(-1);
        return new BulletinPeriod(date.Year, date.Month);
    }

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    /// <summary>00:00 Beijing time on the first day, as a UTC instant.</summary>
    public DateTime StartUtc => Midnight(FirstDay);

    /// <summary>00:00 Beijing time on the day after the last (exclusive), as a UTC instant.</summary>
    public DateTime EndUtc => Midnight(FirstDay.AddMonths(1));

    public bool Contains(DateTime? utc) => utc is { } t && t >= StartUtc && t < EndUtc;

    private static DateTime Midnight(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, SchoolCalendar.Beijing.GetUtcOffset(local)).UtcDateTime;
    }
}
