using Changji.Cli;
using Changji.Pipeline.Curated;
using Changji.Pipeline.UseCases;
using Changji.Storage.Local;
using Microsoft.Extensions.DependencyInjection;
using ParquetSharp;

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

            Tables = CuratedTables.All.Select(t => Read(folders.Curated, t)).ToList();
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    public IReadOnlyList<CuratedTable> Tables { get; }

    private static CuratedTable Read(string curated, string table)
    {
        var files = Directory.EnumerateFiles(Path.Combine(curated, table), $"{table}.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"The samples published no file for {table}.");
        }

        var columns = new Dictionary<string, CuratedColumn>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var reader = new ParquetFileReader(file);
            var schema = reader.FileMetaData.Schema;
            for (var i = 0; i < schema.NumColumns; i++)
            {
                var c = schema.Column(i);
                columns.TryAdd(c.Name, new CuratedColumn(c.Name, KindOf(c), c.MaxDefinitionLevel > 0));
            }
        }

        return new CuratedTable(table, [.. columns.Values]);
    }

    private static ParquetKind KindOf(ColumnDescriptor column) => (column.PhysicalType, column.LogicalType) switch
    {
        (PhysicalType.Int32, NoneLogicalType or IntLogicalType { BitWidth: 32 }) => ParquetKind.Int32,
        (PhysicalType.Int32, DateLogicalType) => ParquetKind.Date,
        (PhysicalType.Int64, TimestampLogicalType { TimeUnit: TimeUnit.Millis }) => ParquetKind.TimestampMillis,
        (PhysicalType.Int64, NoneLogicalType or IntLogicalType { BitWidth: 64 }) => ParquetKind.Int64,
        (PhysicalType.Double, _) => ParquetKind.Double,
        (PhysicalType.Boolean, _) => ParquetKind.Boolean,
        (PhysicalType.ByteArray, StringLogicalType) => ParquetKind.Utf8,
        _ => ParquetKind.Other,
    };

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
