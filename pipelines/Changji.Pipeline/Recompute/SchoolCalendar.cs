namespace Changji.Pipeline.Recompute;

/// <summary>
/// The county's calendar (docs/standard.md §7): Beijing time (Asia/Shanghai, UTC+8, no daylight saving).
/// The school year turns on 1 September 00:00 Beijing time, a deadline such as 10-31 ends at 23:59:59
/// Beijing time that day, and dates people read are Beijing dates; instants stay instants (UTC).
/// "Now" comes from the injected clock, which <c>--as-of</c> fixes so a past run can be reproduced.
/// </summary>
public sealed class SchoolCalendar(TimeProvider clock)
{
    /// <summary>China Standard Time. The IANA id exists on Linux and, through ICU, on Windows; the fixed offset is the same zone.</summary>
    public static TimeZoneInfo Beijing { get; } = FindBeijing();

    public DateTimeOffset Now => clock.GetUtcNow();

    public int CurrentSchoolYear => SchoolYearOf(Now);

    /// <summary>School year 2024 is 2024-09-01 00:00 to 2025-08-31 24:00, Beijing time.</summary>
    public static int SchoolYearOf(DateTimeOffset instant)
    {
        var date = BeijingDate(instant);
        return date.Month >= 9 ? date.Year : date.Year - 1;
    }

    public static DateOnly BeijingDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Beijing).DateTime);

    /// <summary>An instant as people read it: Beijing wall-clock time, <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public static string BeijingText(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Beijing).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The last instant of a Beijing date: a deadline on that day has passed after it. A day past the month's end is its last day.</summary>
    public static DateTimeOffset EndOfDay(int year, int month, int day)
    {
        var date = new DateTime(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)), 23, 59, 59, DateTimeKind.Unspecified);
        return new DateTimeOffset(date, Beijing.GetUtcOffset(date));
    }

    private static TimeZoneInfo FindBeijing()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
