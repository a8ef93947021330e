using Changji.Ingestion;
using Changji.Pipeline.Counties;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Tests.Counties;

public sealed class HomeCountyGuardTests
{
    private static SubmissionRecord Received(string? home) => new()
    {
        Sha256 = "s" + home,
        Path = "2024/a.csv",
        Kind = FileKind.Statistics,
        Year = 2024,
        Status = SubmissionStatus.Accepted,
        RowsRead = 1,
        RowsAccepted = 1,
        RowsRejected = 0,
        Errors = 0,
        Warnings = 0,
        ReceivedAtUtc = new DateTime(2024, 10, 1, 0, 0, 0, DateTimeKind.Utc),
        HomeCounty = home,
    };

    [Fact]
    public void EnsureSame_FilesReceivedUnderAnotherHomeCounty_RefusedNamingBoth()
    {
        var error = Assert.Throws<HomeCountyChangedException>(() => HomeCountyGuard.EnsureSame(HomeCounty.Changji with { Code = "652302" }, [Received("652301")]));

        Assert.Contains("652301", error.Message, StringComparison.Ordinal);
        Assert.Contains("652302", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureSame_SameHomeOrFilesFromBeforeCounties_Passes()
    {
        HomeCountyGuard.EnsureSame(HomeCounty.Changji, [Received("652301"), Received(null)]);
        HomeCountyGuard.EnsureSame(HomeCounty.Changji with { Code = "652302" }, [Received(null)]);
    }
}
