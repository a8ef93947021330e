using System.Diagnostics;
using System.Globalization;
using Changji.Cli;
using Changji.Pipeline.Ports;
using Changji.Pipeline.UseCases;
using Changji.Storage.Local;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Changji.Benchmarks -- ingest-make DIR [--schools 200000] [--counties 2900]</c> writes one
/// statistics CSV of every school into <c>DIR/in/2024/</c>; <c>… -- ingest DIR [--max-file-bytes N]</c> receives it in a fresh process through
/// <see cref="ReceiveFile"/> with the local adapters (SQLite information database, raw archive, report) and prints time,
/// peak working set and GC allocation. Two commands, so the peak is the ingestion's, not the writing's; ingest a second
/// time into a fresh output (it deletes <c>DIR/out</c> first). A measurement, not a test: CI does not run it.
/// </summary>
public static class IngestBenchmark
{
    private const string FileName = "school_statistics_2024.csv";

    public static int Make(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: ingest-make DIR [--schools N] [--counties K]");
            return 1;
        }

        var schools = Option(args, "--schools", 200_000);
        var counties = Option(args, "--counties", 1);
        var folder = Path.Combine(args[1], "in", "2024");
        Directory.CreateDirectory(folder);
        var clock = Stopwatch.StartNew();
        var path = Path.Combine(folder, FileName);
        LargeCountyInput.WriteStatisticsFile(path, schools, counties: counties);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {path}: {schools:N0} schools in {counties:N0} counties, {new FileInfo(path).Length / 1048576.0:F1} MiB in {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2 || !File.Exists(Path.Combine(args[1], "in", "2024", FileName)))
        {
            Console.Error.WriteLine("usage: ingest DIR [--max-file-bytes N]   (make DIR first with ingest-make)");
            return 1;
        }

        var output = Path.Combine(args[1], "out");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        using var process = Process.GetCurrentProcess();
        // --max-file-bytes N: measure a limit other than the default (the 20 MiB of old refused this file unread).
        var settings = new Dictionary<string, string?>();
        if (Array.IndexOf(args, "--max-file-bytes") is var at and >= 0 && at + 1 < args.Length)
        {
            settings["MaxFileBytes"] = args[at + 1];
        }

        using var services = LocalHost.Build(new LocalFolders(output, Path.Combine(args[1], "in")), TimeProvider.System, settings);
        var receive = services.GetRequiredService<ReceiveFile>();
        var file = (await services.GetRequiredService<IIncomingStore>().GetAsync("2024/" + FileName).ConfigureAwait(false))!;
        var before = process.WorkingSet64;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var outcome = await receive.RunAsync(file).ConfigureAwait(false);
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        process.Refresh();
        var s = outcome.Submission;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            file              {file.Length / 1048576.0:F1} MiB
            outcome           {s.Status}, rows read {s.RowsRead:N0}, accepted {s.RowsAccepted:N0}, rejected {s.RowsRejected:N0}, errors {s.Errors:N0}, warnings {s.Warnings:N0}
            time              {clock.Elapsed.TotalSeconds:F1} s
            working set       {before / 1048576.0:F0} MiB before, {process.PeakWorkingSet64 / 1048576.0:F0} MiB peak
            GC allocated      {allocated / 1048576.0:F0} MiB
            """));
        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
