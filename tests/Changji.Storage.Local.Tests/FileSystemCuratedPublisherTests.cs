using Changji.Pipeline.Curated;

namespace Changji.Storage.Local.Tests;

/// <summary>Curated files in their folders: another county's one <c>county={code}/</c> folder deeper, read back per table and year.</summary>
public sealed class FileSystemCuratedPublisherTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task ReadYear_TheYearsFileAndEachCountys_OthersLeftOut()
    {
        var publisher = new FileSystemCuratedPublisher(folder.Path);
        await publisher.PublishAsync([
            new(CuratedTables.FactCountyVerdict, 2024, [1]),
            new(CuratedTables.FactCountyVerdict, 2024, [2]) { County = "652302" },
            new(CuratedTables.FactCountyVerdict, 2025, [3]),
            new(CuratedTables.FactCountyVariation, 2024, [4]) { County = "652302" }]);

        var read = await publisher.ReadYearAsync(CuratedTables.FactCountyVerdict, 2024);

        Assert.True(File.Exists(folder.Combine("fact_county_verdict", "year=2024", "county=652302", "fact_county_verdict.parquet")));
        Assert.Equal(["fact_county_verdict/year=2024/county=652302/fact_county_verdict.parquet", "fact_county_verdict/year=2024/fact_county_verdict.parquet"], read.Select(f => f.RelativePath));
        Assert.Equal([("652302", (byte)2), (null, (byte)1)], read.Select(f => (f.County, f.Content.Single())));
        Assert.Empty(await publisher.ReadYearAsync(CuratedTables.FactCountyVerdict, 2023));
    }

    public void Dispose() => folder.Dispose();
}
