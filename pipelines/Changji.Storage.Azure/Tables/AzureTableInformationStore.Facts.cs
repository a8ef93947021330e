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
                if (int.TryParse(e.PartitionKey, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var year))
                {
                    years.Add(year);
                }
            }
        }

        return years.ToList();
    }

    public async Task<CountyYear> LoadYearAsync(int year, CancellationToken cancellationToken = default)
    {
        var pk = TableKey.Year(year);
        var schoolRows = await LoadPayloadsAsync<SchoolStatistics>(facts, pk, cancellationToken).ConfigureAwait(false);
        var fundingRows = await LoadPayloadsAsync<SchoolFunding>(funding, pk, cancellationToken).ConfigureAwait(false);
        var figureRows = await LoadPayloadsAsync<CountyFigure>(county, pk, cancellationToken).ConfigureAwait(false);
        return new CountyYear
        {
            Year = year,
            Schools = [.. schoolRows.OrderBy(s => s.SchoolCode, StringComparer.Ordinal)],
            Funding = [.. fundingRows.OrderBy(f => f.SchoolCode, StringComparer.Ordinal)],
            Figures = [.. figureRows.OrderBy(c => c.StoreKey(), StringComparer.Ordinal)],
        };
    }

    private static async Task<List<T>> LoadPayloadsAsync<T>(TableClient table, string partitionKey, CancellationToken ct)
    {
        var rows = await TableReads.PartitionAsync(table, partitionKey, ct).ConfigureAwait(false);
        return rows.Select(e => PipelineJson.Deserialize<T>(PayloadColumns.Read(e))).ToList();
    }
}
