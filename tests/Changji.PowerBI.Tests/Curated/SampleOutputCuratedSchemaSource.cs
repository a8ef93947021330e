using Changji.Cli;
using Changji.Pipeline.Curated;
using Changji.Pipeline.UseCases;
using Changji.Storage.Local;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.PowerBI.Tests.Curated;

/// <summary>
/// The curated schema as it really is: runs the main job on the committed samples into a temporary
/// folder and reads every Parquet file it publishes with ParquetSharp (the Apache C++ reader, Power
/// BI's lineage), taking the union of each table's columns over the years.
/// </summary>
public sealed class SampleOutputCuratedSchemaSource : ICuratedSchemaSource
{
    private static readonly DateTimeOffset RunAt = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    public SampleOutputCuratedSchemaSource(string repoRoot)
    {
        var output = Path.Combine(Path.GetTempPath(), "changji-powerbi-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var folders = new LocalFolders(output, Path.Combine(repoRoot, "samples", "incoming"));
            using (var services = LocalHost.Build(folders, new FixedTime(RunAt)))
            {
                services.GetRequiredService<RunPipeline>().RunAsync().GetAwaiter().GetResult();
            }

            Tables = [.. CuratedTables.All.Select(t => Read(folders.Curated, t))];
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    public IReadOnlyList<CuratedTable> Tables { get; }

    private static CuratedTable Read(string curated, string table)
    {
        var folder = Path.Combine(curated, table);
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, $"{table}.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"The samples published no file for {table}.");
        }

        return ParquetSchemaReader.Read(table, files);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
