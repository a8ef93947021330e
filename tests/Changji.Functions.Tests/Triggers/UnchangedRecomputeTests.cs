using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using Changji.Functions.Tests.Support;
using Changji.Pipeline;
using Changji.Pipeline.UseCases;
using Changji.Testing.Azure;

namespace Changji.Functions.Tests.Triggers;

/// <summary>The Functions app's recompute (UnchangedRecompute around SettledRecompute) over Azurite: skipped while nothing it reads changed.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class UnchangedRecomputeTests(AzuriteFixture azurite)
{
    private static readonly JsonSerializerOptions Json = new(PipelineJson.Options) { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    [Fact]
    public async Task Recompute_NothingChanged_SkippedWithTheFullRecomputesResultsUntilACuratedBlobIsDeleted()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        foreach (var file in Samples.Files())
        {
            await app.UploadAsync(file);
        }

        await app.Runner.RunAsync();
        var published = await CuratedSnapshot.ETagsAsync(app.Curated);
        var full = await app.Get<RecomputeYears>().RunAsync(int.MinValue);
        // Facts changed behind the submission ledger's back (which never happens: facts come with a ledger line):
        // a skipped recompute does not see it, a full one does.
        var facts = app.Storage.Clients.Tables.GetTableClient(app.Storage.Names.FactsTable);
        var school = await facts.QueryAsync<TableEntity>(e => e.PartitionKey == "2024").FirstAsync();
        await facts.DeleteEntityAsync(school.PartitionKey, school.RowKey);

        var skipped = await app.Get<IRecomputeYears>().RunAsync(int.MinValue);

        Assert.Equal(JsonSerializer.Serialize(full, Json), JsonSerializer.Serialize(skipped, Json));
        Assert.Equal(published, await CuratedSnapshot.ETagsAsync(app.Curated));

        await app.Curated.DeleteBlobAsync("fact_alert/year=2024/fact_alert.parquet");
        await app.Get<IRecomputeYears>().RunAsync(int.MinValue);

        var after = await CuratedSnapshot.ETagsAsync(app.Curated);
        Assert.Contains("fact_alert/year=2024/fact_alert.parquet", after.Keys);
        Assert.NotEqual(published["dim_school/year=2024/dim_school.parquet"], after["dim_school/year=2024/dim_school.parquet"]);
    }
}
