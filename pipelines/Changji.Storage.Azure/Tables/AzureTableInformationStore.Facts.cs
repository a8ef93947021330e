using Azure.Data.Tables;
using Changji.Evaluation.Facts;
using Changji.Pipeline;

namespace Changji.Storage.Azure.Tables;

public sealed partial class AzureTableInformationStore
{
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        var years = new SortedSet<int>();
        foreach (var table in new[] { facts, funding, county })
        {
            await foreach (var e in table.QueryAsync<TableEntity>(select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (TableKey.YearOfPartition(e.PartitionKey) is { } year)
                {
                    years.Add(year);
                }
            }
        }

        return years.ToList();
    }

    /// <summary>Every county's partition of the year (<see cref="TableKey.YearRange"/>), in one range query per table.</summary>
    public async Task<CountyYear> LoadYearAsync(int year, CancellationToken cancellationToken = default)
    {
        var range = TableKey.YearRange(year);
        var schoolRows = await LoadPayloadsAsync<SchoolStatistics>(facts, range, cancellationToken).ConfigureAwait(false);
        var fundingRows = await LoadPayloadsAsync<SchoolFunding>(funding, range, cancellationToken).ConfigureAwait(false);
        var figureRows = await LoadPayloadsAsync<CountyFigure>(county, range, cancellationToken).ConfigureAwait(false);
        return new CountyYear
        {
            Year = year,
            Schools = [.. schoolRows.OrderBy(s => s.SchoolCode, StringComparer.Ordinal)],
            Funding = [.. fundingRows.OrderBy(f => f.SchoolCode, StringComparer.Ordinal)],
            Figures = [.. figureRows.OrderBy(c => c.StoreKey(), StringComparer.Ordinal)],
        };
    }

    /// <summary>The partitions of the year's range, keys only: one query per table, no payload read.</summary>
    public async Task<IReadOnlyList<string?>> CountiesAsync(int year, CancellationToken cancellationToken = default)
    {
        var (from, below) = TableKey.YearRange(year);
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {below}");
        var partitions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in new[] { facts, funding, county })
        {
            await foreach (var e in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                partitions.Add(e.PartitionKey);
            }
        }

        // `{year}` sorts before every `{year}-…`: the home county first, then the codes in order.
        return [.. partitions.Select(TableKey.CountyOfPartition)];
    }

    /// <summary>
    /// One partition per table (<see cref="TableKey.YearOfCounty"/>): the county's rows only. Rows another
    /// county's file stored under the bare year before facts were partitioned by county belong to that county
    /// (they are left out of the home county's load and read by <see cref="LoadYearAsync"/>, not by the county's;
    /// a rebuild from raw/ places them in their partition).
    /// </summary>
    public async Task<CountyYear> LoadCountyYearAsync(int year, string? county, CancellationToken cancellationToken = default)
    {
        var partition = TableKey.YearOfCounty(year, county);
        var schoolRows = await LoadPartitionAsync<SchoolStatistics>(facts, partition, cancellationToken).ConfigureAwait(false);
        var fundingRows = await LoadPartitionAsync<SchoolFunding>(funding, partition, cancellationToken).ConfigureAwait(false);
        var figureRows = await LoadPartitionAsync<CountyFigure>(this.county, partition, cancellationToken).ConfigureAwait(false);
        return new CountyYear
        {
            Year = year,
            Schools = [.. schoolRows.Where(s => s.CountyCode == county).OrderBy(s => s.SchoolCode, StringComparer.Ordinal)],
            Funding = [.. fundingRows.Where(f => f.CountyCode == county).OrderBy(f => f.SchoolCode, StringComparer.Ordinal)],
            Figures = [.. figureRows.Where(f => f.CountyCode == county).OrderBy(c => c.StoreKey(), StringComparer.Ordinal)],
        };
    }

    private static async Task<List<T>> LoadPartitionAsync<T>(TableClient table, string partition, CancellationToken ct) =>
        [.. (await TableReads.PartitionAsync(table, partition, ct).ConfigureAwait(false)).Select(e => PipelineJson.Deserialize<T>(PayloadColumns.Read(e)))];

    /// <summary>
    /// A key (school codes are national, county figure keys carry their county) is in one partition of the
    /// year, except a school that a later file placed in another county in the same year: the row written
    /// last wins, as the embedded store's one row per school and year does.
    /// </summary>
    private static async Task<List<T>> LoadPayloadsAsync<T>(TableClient table, (string From, string Below) range, CancellationToken ct)
    {
        var rows = await TableReads.PartitionRangeAsync(table, range.From, range.Below, ct).ConfigureAwait(false);
        return rows
            .GroupBy(e => e.RowKey, StringComparer.Ordinal)
            .Select(g => g.MaxBy(e => e.Timestamp)!)
            .Select(e => PipelineJson.Deserialize<T>(PayloadColumns.Read(e)))
            .ToList();
    }
}
