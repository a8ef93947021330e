using Azure.Data.Tables;
using Changji.Evaluation.Facts;
using Changji.Ingestion;
using Changji.Pipeline.Submissions;
using Changji.Storage.Azure.Tables;
using Changji.Testing.Azure;

namespace Changji.Storage.Azure.Tests.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class ConcurrencyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ConflictRetry_TwentyConcurrentETagIncrements_NoneLost()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var table = storage.Clients.Tables.GetTableClient(storage.Names.SchoolsTable);
        await table.AddEntityAsync(new TableEntity("counter", "c") { ["Value"] = 0 });
        var attempts = 0;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => TestResilience.Instance.OnConflictAsync(async ct =>
        {
            Interlocked.Increment(ref attempts);
            var e = (await table.GetEntityAsync<TableEntity>("counter", "c", cancellationToken: ct)).Value;
            await Task.Yield();
            e["Value"] = e.GetInt32("Value")!.Value + 1;
            await table.UpdateEntityAsync(e, e.ETag, TableUpdateMode.Replace, ct);
        }, CancellationToken.None)));

        var final = (await table.GetEntityAsync<TableEntity>("counter", "c")).Value;
        Assert.Equal(20, final.GetInt32("Value"));
        Assert.True(attempts > 20, $"expected at least one 412 and retry, saw {attempts} attempts");
    }

    [Fact]
    public async Task SchoolRegistry_TwoYearsRecordedAtOnce_BothYearsKept()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var store = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);

        await Task.WhenAll(
            store.RecordAsync(Submission("a", 2023), File(Statistics("3652010001", 2023, "旧名小学"))),
            store.RecordAsync(Submission("b", 2025), File(Statistics("3652010001", 2025, "新名小学"))));

        var school = Assert.Single(await store.RegisteredSchoolsAsync());
        Assert.Equal((2023, 2025, "新名小学"), (school.FirstYear, school.LastYear, school.SchoolName));
        Assert.Equal(2, (await store.ListAsync()).Count);
    }

    internal static SubmissionRecord Submission(string sha, int year) => new()
    {
        Sha256 = sha.PadRight(64, '0'),
        Path = $"{year}/{sha}.csv",
        Kind = FileKind.Statistics,
        Year = year,
        Status = SubmissionStatus.Accepted,
        RowsRead = 1,
        RowsAccepted = 1,
        RowsRejected = 0,
        Errors = 0,
        Warnings = 0,
        ReceivedAtUtc = new DateTime(2025, 10, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    internal static IngestedFile File(params SchoolStatistics[] rows) => new()
    {
        FileName = "x.csv",
        Kind = FileKind.Statistics,
        Year = rows[0].Year,
        Rejected = false,
        RowsRead = rows.Length,
        Statistics = rows,
        Findings = [],
    };

    internal static SchoolStatistics Statistics(string code, int year, string name) => new()
    {
        Year = year,
        SchoolCode = code,
        SchoolName = name,
        SchoolType = SchoolType.Primary,
        UrbanRural = UrbanRural.Urban,
        Sponsor = Sponsor.Public,
        PrimaryStudents = 600,
        JuniorStudents = 0,
        PrimaryClasses = 14,
        JuniorClasses = 0,
        PrimaryTeachers = 40,
        JuniorTeachers = 0,
    };
}
