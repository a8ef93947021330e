using Azure.Storage.Blobs;
using Changji.Pipeline.Curated;

namespace Changji.Testing.Azure;

/// <summary>Every curated Parquet file by relative path (<c>{table}/year={year}/{table}.parquet</c>, another county's one <c>county={code}/</c> folder deeper), from blobs or a folder.</summary>
public static class CuratedSnapshot
{
    public static async Task<SortedDictionary<string, byte[]>> OfContainerAsync(BlobContainerClient container)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        await foreach (var item in container.GetBlobsAsync())
        {
            if (!item.Name.EndsWith(".parquet", StringComparison.Ordinal))
            {
                continue;
            }

            files[item.Name] = (await container.GetBlobClient(item.Name).DownloadContentAsync()).Value.Content.ToArray();
        }

        return files;
    }

    public static SortedDictionary<string, byte[]> OfFolder(string root)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*.parquet", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(root, path).Replace('\\', '/')] = File.ReadAllBytes(path);
        }

        return files;
    }

    public static async Task<SortedDictionary<string, string>> ETagsAsync(BlobContainerClient container)
    {
        var tags = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await foreach (var item in container.GetBlobsAsync())
        {
            tags[item.Name] = item.Properties.ETag.ToString()!;
        }

        return tags;
    }

    /// <summary>Reads both files back as typed rows and asserts them equal row by row.</summary>
    public static async Task AssertSameRowsAsync(string path, byte[] expected, byte[] actual)
    {
        var table = path.Split('/')[0];
        switch (table)
        {
            case CuratedTables.DimSchool: await SameAsync<DimSchoolRow>(path, expected, actual); break;
            case CuratedTables.DimIndicator: await SameAsync<DimIndicatorRow>(path, expected, actual); break;
            case CuratedTables.FactSchoolIndicator: await SameAsync<FactSchoolIndicatorRow>(path, expected, actual); break;
            case CuratedTables.FactSchoolCompliance: await SameAsync<FactSchoolComplianceRow>(path, expected, actual); break;
            case CuratedTables.FactCountyVariation: await SameAsync<FactCountyVariationRow>(path, expected, actual); break;
            case CuratedTables.FactCountyIndicator: await SameAsync<FactCountyIndicatorRow>(path, expected, actual); break;
            case CuratedTables.FactCountyVerdict: await SameAsync<FactCountyVerdictRow>(path, expected, actual); break;
            case CuratedTables.FactAlert: await SameAsync<FactAlertRow>(path, expected, actual); break;
            case CuratedTables.FactDataQuality: await SameAsync<FactDataQualityRow>(path, expected, actual); break;
            case CuratedTables.DimCounty: await SameAsync<DimCountyRow>(path, expected, actual); break;
            case CuratedTables.FactRegionSummary: await SameAsync<FactRegionSummaryRow>(path, expected, actual); break;
            case CuratedTables.FactSubmission: await SameAsync<FactSubmissionRow>(path, expected, actual); break;
            default: throw new InvalidOperationException("Unknown curated table " + table);
        }
    }

    private static async Task SameAsync<T>(string path, byte[] expected, byte[] actual)
        where T : class, new()
    {
        var want = await ParquetTable.ReadAsync<T>(expected);
        var got = await ParquetTable.ReadAsync<T>(actual);
        Assert.True(want.Count == got.Count, $"{path}: {want.Count} rows locally, {got.Count} in Azure");
        for (var i = 0; i < want.Count; i++)
        {
            Assert.True(Equals(want[i], got[i]), $"{path} row {i}: local {want[i]} vs Azure {got[i]}");
        }
    }
}
