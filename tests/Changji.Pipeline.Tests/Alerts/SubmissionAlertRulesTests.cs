using Changji.Ingestion;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Tests.Alerts;

public sealed class SubmissionAlertRulesTests
{
    private static SubmissionRecord Submission(string path, FileKind? kind, SubmissionStatus status) => new()
    {
        Sha256 = StableId.Of(path, status.ToString()),
        Path = path,
        Kind = kind,
        Year = 2024,
        Status = status,
        RowsRead = 10,
        RowsAccepted = status == SubmissionStatus.Rejected ? 0 : 8,
        RowsRejected = status == SubmissionStatus.Accepted ? 0 : 2,
        Errors = status == SubmissionStatus.Accepted ? 0 : 2,
        Warnings = 0,
        ReceivedAtUtc = new DateTime(2024, 10, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    private static readonly DateTime BeforeDeadlines = new(2024, 10, 15, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime AfterStatisticsDeadline = new(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Fire_PartlyRejectedFile_FiresRowsRejected()
    {
        var fired = SubmissionAlertRules.Fire(2024, [Submission("2024/a.csv", FileKind.Statistics, SubmissionStatus.PartiallyAccepted)], AlertSettings.Default, BeforeDeadlines);

        var alert = Assert.Single(fired);
        Assert.Equal(AlertRule.RowsRejected, alert.Rule);
        Assert.Contains("2024/a.csv", alert.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_RejectedFileCorrectedByALaterCleanFileOfTheSameKind_FiresNothing()
    {
        var fired = SubmissionAlertRules.Fire(2024,
            [Submission("2024/a.csv", FileKind.Funding, SubmissionStatus.Rejected), Submission("2024/b.csv", FileKind.Funding, SubmissionStatus.Accepted)],
            AlertSettings.Default, BeforeDeadlines);

        Assert.Empty(fired);
    }

    [Fact]
    public void Fire_StatisticsMissingAfterDeadline_FiresSubmissionMissing()
    {
        var fired = SubmissionAlertRules.Fire(2024, [], AlertSettings.Default, AfterStatisticsDeadline);

        var alert = Assert.Single(fired);
        Assert.Equal(AlertRule.SubmissionMissing, alert.Rule);
        Assert.Equal("statistics", alert.Subject);
    }

    [Fact]
    public void Fire_OnlyARejectedFileOfTheKind_StillCountsAsMissing()
    {
        var fired = SubmissionAlertRules.Fire(2024, [Submission("2024/a.csv", FileKind.Statistics, SubmissionStatus.Rejected)], AlertSettings.Default, AfterStatisticsDeadline);

        Assert.Contains(fired, f => f.Rule == AlertRule.SubmissionMissing);
        Assert.Contains(fired, f => f.Rule == AlertRule.FileRejected);
    }

    [Fact]
    public void WithDeadlines_AppSetting_IsParsed()
    {
        var settings = AlertSettings.WithDeadlines("statistics=09-30; funding=11-30");

        Assert.Equal((9, 30), settings.Deadlines["statistics"]);
        Assert.Equal((11, 30), settings.Deadlines["funding"]);
    }

    [Theory]
    [InlineData("statistics")]
    [InlineData("statistics=13-01")]
    [InlineData("statistics=10")]
    public void WithDeadlines_Malformed_Throws(string setting) =>
        Assert.Throws<FormatException>(() => AlertSettings.WithDeadlines(setting));
}
