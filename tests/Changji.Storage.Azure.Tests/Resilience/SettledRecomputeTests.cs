using Changji.Pipeline.Counties;
using Changji.Pipeline.Submissions;
using Changji.Storage.Azure.Resilience;

namespace Changji.Storage.Azure.Tests.Resilience;

/// <summary>Which files committed during a recompute make it run again: a county's recompute waits for its own files only.</summary>
public sealed class SettledRecomputeTests
{
    private static readonly HomeCounty Home = HomeCounty.Changji;

    [Fact]
    public void Concerns_OtherCountysFile_OnlyThatCountyTheHomeCountyAndEveryCounty()
    {
        var file = File(SubmissionStatus.Accepted, "652302");

        Assert.True(SettledRecompute.Concerns(file, "652302", Home));
        Assert.True(SettledRecompute.Concerns(file, Home.Code, Home)); // the rules about files read every file
        Assert.True(SettledRecompute.Concerns(file, null, Home));
        Assert.False(SettledRecompute.Concerns(file, "652323", Home));
    }

    [Fact]
    public void Concerns_AcceptedFileNamingNoCounty_EveryCountyAsBeforeCountiesWereRecorded() =>
        Assert.True(SettledRecompute.Concerns(File(SubmissionStatus.Accepted), "652323", Home));

    [Fact]
    public void Concerns_RejectedFile_TheHomeCountyOnly()
    {
        var file = File(SubmissionStatus.Rejected);

        Assert.True(SettledRecompute.Concerns(file, Home.Code, Home));
        Assert.False(SettledRecompute.Concerns(file, "652302", Home));
    }

    private static SubmissionRecord File(SubmissionStatus status, params string[] counties) => new()
    {
        Sha256 = "00",
        Path = "2024/x.csv",
        Year = 2024,
        Status = status,
        RowsRead = 1,
        RowsAccepted = status == SubmissionStatus.Rejected ? 0 : 1,
        RowsRejected = status == SubmissionStatus.Rejected ? 1 : 0,
        Errors = 0,
        Warnings = 0,
        ReceivedAtUtc = new DateTime(2024, 10, 1, 0, 0, 0, DateTimeKind.Utc),
        Counties = counties,
    };
}
