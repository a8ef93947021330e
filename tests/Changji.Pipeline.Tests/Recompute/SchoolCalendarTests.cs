using Changji.Ingestion;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Tests.Recompute;

/// <summary>Time is Beijing time (docs/standard.md §7): school years and deadlines turn at Beijing midnight, not UTC.</summary>
public sealed class SchoolCalendarTests
{
    [Fact]
    public void SchoolYear_AtBeijingMidnightOfSeptemberFirst_IsTheNewYear()
    {
        // 2024-09-01 00:00 Beijing is 2024-08-31 16:00 UTC; one second earlier is still school year 2023.
        Assert.Equal(2024, SchoolCalendar.SchoolYearOf(new DateTimeOffset(2024, 8, 31, 16, 0, 0, TimeSpan.Zero)));
        Assert.Equal(2023, SchoolCalendar.SchoolYearOf(new DateTimeOffset(2024, 8, 31, 15, 59, 59, TimeSpan.Zero)));
    }

    [Fact]
    public void CurrentSchoolYear_FromTheInjectedClock_IsBeijings()
    {
        var calendar = new SchoolCalendar(new FixedClock(new DateTimeOffset(2025, 9, 1, 0, 30, 0, TimeSpan.FromHours(8))));

        Assert.Equal(2025, calendar.CurrentSchoolYear);
    }

    [Fact]
    public void Deadline_October31_EndsAt235959BeijingTime()
    {
        var end = SchoolCalendar.EndOfDay(2024, 10, 31);

        Assert.Equal(new DateTimeOffset(2024, 10, 31, 15, 59, 59, TimeSpan.Zero), end.ToUniversalTime());
        Assert.Equal(new DateOnly(2024, 10, 31), SchoolCalendar.BeijingDate(end));
    }

    [Fact]
    public void SubmissionMissing_JustAfterBeijingMidnight_FiresThoughItIsStillOctober31InUtc()
    {
        var justAfter = new DateTimeOffset(2024, 10, 31, 16, 0, 0, TimeSpan.Zero); // 2024-11-01 00:00 Beijing
        var justBefore = justAfter.AddSeconds(-1);

        Assert.Contains(SubmissionAlertRules.Fire(2024, [], AlertSettings.Default, justAfter), a => a.Subject == FileKind.Statistics.ToCode());
        Assert.DoesNotContain(SubmissionAlertRules.Fire(2024, [], AlertSettings.Default, justBefore), a => a.Subject == FileKind.Statistics.ToCode());
    }

    [Fact]
    public void SubmissionMissing_Message_ShowsTheBeijingDate()
    {
        var fired = SubmissionAlertRules.Fire(2024, [], AlertSettings.Default, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)));

        Assert.Contains(fired, a => a.MessageZh.Contains("2024-12-31", StringComparison.Ordinal) && a.Subject == FileKind.Funding.ToCode());
    }
}
