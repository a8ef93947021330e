using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Changji.Cli;
using Changji.Evaluation.Catalogue;
using Changji.Pipeline.Composition;
using Changji.Pipeline.Ports;
using Changji.Pipeline.UseCases;
using Changji.Storage.Local;
using DuckDB.NET.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Changji.Benchmarks -- e2e --schools 20000 [--counties K] [--documents all|reports|home|none] [--gb18030] [--keep DIR] [--profile-ports]</c>:
/// writes N schools (one county, or K counties as a region's or the nation's office receives them), runs <c>changji run</c> end to end on a fresh output and again as a
/// no-op rerun, then DuckDB over the same CSV; checks the per-unit L values, met flags, school rule and
/// CVs agree, and prints both times, the ratio and peak memory. A measurement, not a test: CI does not run it.
/// </summary>
public static class EndToEndBenchmark
{
    private const double RelativeTolerance = 1e-9;

    public static async Task<int> RunAsync(string[] args)
    {
        var schools = 2000;
        var counties = 1;
        var documents = "all";
        var gb18030 = false;
        var profilePorts = false;
        string? keep = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--schools": schools = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--counties": counties = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--documents": documents = args[++i]; break;
                case "--gb18030": gb18030 = true; break;
                case "--profile-ports": profilePorts = true; break;
                case "--keep": keep = args[++i]; break;
                default:
                    await Console.Error.WriteLineAsync($"unknown option {args[i]}").ConfigureAwait(false);
                    return 1;
            }
        }

        var root = keep ?? Path.Combine(Path.GetTempPath(), "changji-e2e-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var input = Path.Combine(root, "incoming");
        var output = Path.Combine(root, "out");
        var statistics = LargeCountyInput.Write(input, schools, gb18030: gb18030, counties: counties);
        var csvForDuckDb = statistics;
        if (gb18030)
        {
            // DuckDB reads UTF-8 only: give it the same rows re-encoded (not timed).
            var utf8 = Directory.CreateDirectory(Path.Combine(root, "statistics-utf8")).FullName;
            foreach (var part in Directory.EnumerateFiles(Path.GetDirectoryName(statistics)!, Path.GetFileName(statistics)))
            {
                File.WriteAllText(Path.Combine(utf8, Path.GetFileName(part)), File.ReadAllText(part, System.Text.CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!));
            }

            csvForDuckDb = Path.Combine(utf8, Path.GetFileName(statistics));
        }

        var profile = Catalogue.Builtin.Default;
        var inputKiB = Directory.EnumerateFiles(Path.GetDirectoryName(statistics)!, Path.GetFileName(statistics)).Sum(f => new FileInfo(f).Length) / 1024;
        Console.WriteLine($"schools {schools}, counties {counties}, documents {documents}, {Environment.ProcessorCount} cores, input {inputKiB} KiB statistics ({(gb18030 ? "GB18030" : "UTF-8")}), profile {profile.Name}");

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var freshStages = new StageClock();
        var fresh = await RunChangjiAsync(input, output, profile, documents, freshStages).ConfigureAwait(false);
        freshStages.Stop();
        using var rerunStages = new StageClock();
        var rerun = await RunChangjiAsync(input, output, profile, documents, rerunStages).ConfigureAwait(false);
        rerunStages.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var changjiPeak = process.PeakWorkingSet64;
        var gcInfo = GC.GetGCMemoryInfo(GCKind.Any);

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var duck = Stopwatch.StartNew();
        DuckDbCore.Run(connection, csvForDuckDb, profile, Path.Combine(root, "duckdb"), counties > 1);
        duck.Stop();
        process.Refresh();

        var agreement = Compare(connection, Path.Combine(output, "curated"));
        Console.WriteLine($"changji run, fresh output : {fresh.TotalSeconds,8:0.00} s  ({fresh.TotalMilliseconds * 1000 / schools:0} µs/school)");
        foreach (var line in freshStages.Lines(fresh))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"changji run, no-op rerun  : {rerun.TotalSeconds,8:0.00} s");
        foreach (var line in rerunStages.Lines(rerun))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"DuckDB, same core as SQL  : {duck.Elapsed.TotalSeconds,8:0.00} s");
        Console.WriteLine($"ratio fresh / DuckDB      : {fresh.TotalSeconds / duck.Elapsed.TotalSeconds,8:0.0}×   rerun / DuckDB {rerun.TotalSeconds / duck.Elapsed.TotalSeconds:0.0}×");
        Console.WriteLine($"peak working set          : {changjiPeak / 1048576,8} MiB after changji (process, incl. runtime); {process.PeakWorkingSet64 / 1048576} MiB after DuckDB");
        Console.WriteLine($"managed                   : {allocated / 1048576} MiB allocated by both runs; GC heap {gcInfo.HeapSizeBytes / 1048576} MiB, {GC.CollectionCount(2)} gen2 collections");
        Console.WriteLine(agreement.Message);
        if (profilePorts)
        {
            await ProfilePortsAsync(input, Path.Combine(root, "profiled"), profile).ConfigureAwait(false);
        }

        if (keep is null)
        {
            Directory.Delete(root, recursive: true);
        }

        return agreement.Agree ? 0 : 4;
    }

    private static async Task<TimeSpan> RunChangjiAsync(string input, string output, Profile profile, string documents, StageClock? stages)
    {
        var settings = new Dictionary<string, string?> { [nameof(PipelineOptions.EvaluationProfile)] = profile.Name, [nameof(PipelineOptions.Documents)] = documents };
        var watch = Stopwatch.StartNew();
        using (var services = LocalHost.Build(new LocalFolders(output, input), TimeProvider.System, settings))
        {
            await services.GetRequiredService<RunPipeline>().RunAsync(progress: stages).ConfigureAwait(false);
        }

        return watch.Elapsed;
    }

    /// <summary>A further fresh run with every storage port timed: where the time goes outside the pipeline's own code.</summary>
    private static async Task ProfilePortsAsync(string input, string output, Profile profile)
    {
        var totals = new ConcurrentDictionary<string, (int Calls, long Ticks)>();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [nameof(PipelineOptions.EvaluationProfile)] = profile.Name }).Build();
        var services = new ServiceCollection().AddChangjiPipeline(configuration).AddLocalStorage(new LocalFolders(output, input));
        Type[] ports =
        [
            typeof(ISubmissionLedger), typeof(IFactStore), typeof(IAlertLedger), typeof(IIncomingStore), typeof(IRawArchive),
            typeof(IReportStore), typeof(ICuratedPublisher), typeof(IAlertSender),
        ];
        foreach (var port in ports)
        {
            var original = services.Last(d => d.ServiceType == port);
            var factory = original.ImplementationFactory ?? throw new InvalidOperationException($"{port.Name} is not registered by a factory.");
            services.Remove(original);
            services.AddSingleton(port, sp => PortTimer.Wrap(port, factory(sp), totals));
        }

        var watch = Stopwatch.StartNew();
        await using (var provider = services.BuildServiceProvider())
        {
            await provider.GetRequiredService<RunPipeline>().RunAsync().ConfigureAwait(false);
        }

        var total = watch.Elapsed;
        Console.WriteLine($"profiled fresh run        : {total.TotalSeconds,8:0.00} s; time in storage ports (the rest is pipeline code: parsing, evaluation, Parquet, reports):");
        foreach (var (key, (calls, ticks)) in totals.OrderByDescending(t => t.Value.Ticks).Take(12))
        {
            var seconds = (double)ticks / Stopwatch.Frequency;
            Console.WriteLine($"    {seconds,7:0.00} s {seconds / total.TotalSeconds,4:P0}  {calls,7} calls  {key}");
        }
    }

    private static (bool Agree, string Message) Compare(DuckDBConnection connection, string curated)
    {
        string P(string table) => "'" + Path.Combine(curated, "**", table + "*.parquet").Replace("'", "''", StringComparison.Ordinal) + "'";
        var indicators = Scalar(connection, $"""
            SELECT count(*)::BIGINT || ' ' || count(e.school_code)::BIGINT || ' ' ||
                   coalesce(max(abs(e.value - d.value) / greatest(abs(d.value), 1e-300)), 0) || ' ' ||
                   count(*) FILTER (WHERE e.met IS DISTINCT FROM d.met OR e.above_floor IS DISTINCT FROM d.above_floor)
            FROM d_indicator d LEFT JOIN read_parquet({P("fact_school_indicator")}, hive_partitioning = false) e
              ON e.school_code = d.school_code AND e.level = d.level AND e.indicator_code = d.indicator_code
            """).Split(' ');
        var engineRows = Scalar(connection, $"SELECT count(*) FROM read_parquet({P("fact_school_indicator")}, hive_partitioning = false) WHERE value IS NOT NULL");
        var compliance = Scalar(connection, $"""
            SELECT count(*) || ' ' || count(*) FILTER (WHERE e.passed IS DISTINCT FROM d.passed) || ' ' || count(*) FILTER (WHERE d.passed)
            FROM d_compliance d LEFT JOIN read_parquet({P("fact_school_compliance")}, hive_partitioning = false) e
              ON e.school_code = d.school_code AND e.level = d.level
            """).Split(' ');
        var variation = Scalar(connection, $"""
            SELECT count(*) || ' ' || count(e.cv) || ' ' || coalesce(max(abs(e.cv - d.cv) / abs(d.cv)), 0) || ' ' ||
                   string_agg(d.level || ':' || d.indicator_code || '=' || round(d.cv, 4), ' ' ORDER BY d.level DESC, d.indicator_code) FILTER (WHERE d.county_code = (SELECT min(county_code) FROM d_variation))
            FROM d_variation d LEFT JOIN read_parquet({P("fact_county_variation")}, hive_partitioning = false) e
              ON e.county_code = d.county_code AND e.level = d.level AND e.indicator_code = d.indicator_code
            """).Split(' ', 4);
        var indicatorDiff = double.Parse(indicators[2], CultureInfo.InvariantCulture);
        var cvDiff = double.Parse(variation[2], CultureInfo.InvariantCulture);
        var agree = indicators[0] == indicators[1] && indicators[0] == engineRows && indicators[3] == "0" && indicatorDiff <= RelativeTolerance
            && compliance[1] == "0" && variation[0] == variation[1] && cvDiff <= RelativeTolerance;
        var message = $"""
            agreement                 : {(agree ? "AGREE" : "DISAGREE")}
              unit × L values         : {indicators[0]} DuckDB, {engineRows} engine with a value, {indicators[1]} matched; max relative difference {indicatorDiff:G3}; met/floor differing {indicators[3]}
              school rule             : {compliance[0]} units, {compliance[2]} passing, {compliance[1]} differing
              CVs                     : {variation[0]} DuckDB, {variation[1]} engine; max relative difference {cvDiff:G3}
              {variation[3]}
            """;
        return (agree, message);
    }

    private static string Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
