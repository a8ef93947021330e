using System.Diagnostics;
using System.Globalization;
using System.Text;
using Changji.Ingestion;
using Changji.Pipeline.Submissions;

namespace Changji.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Changji.Benchmarks -- sheets-make FILE [--rows 550000]</c> writes
/// issue 16's worst case (<see cref="WorstCaseXlsx"/>); <c>… -- sheets FILE [--max-rows N]</c> ingests it with
/// FileIngestor in a fresh process and prints time, peak working set, GC allocation, findings kept and
/// the validation report's size. Two commands, so the peak is the ingestion's, not the writing's.
/// A measurement, not a test: CI does not run it.
/// </summary>
public static class SheetsBenchmark
{
    public static int Make(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: sheets-make FILE [--rows N]");
            return 1;
        }
        var rows = args.Length > 3 && args[2] == "--rows" ? int.Parse(args[3], CultureInfo.InvariantCulture) : 550_000;
        var clock = Stopwatch.StartNew();
        WorstCaseXlsx.Write(args[1], rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {args[1]}: {rows:N0} rows, {new FileInfo(args[1]).Length / 1048576.0:F1} MiB in {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    public static int Run(string[] args)
    {
        if (args.Length < 2 || !File.Exists(args[1]))
        {
            Console.Error.WriteLine("usage: sheets FILE [--max-rows N]   (make FILE first with sheets-make)");
            return 1;
        }
        var options = args.Length > 3 && args[2] == "--max-rows"
            ? new IngestionOptions { MaxRows = int.Parse(args[3], CultureInfo.InvariantCulture) }
            : IngestionOptions.Default;
        using var process = Process.GetCurrentProcess();
        var before = process.WorkingSet64;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        IngestedFile file;
        using (var stream = File.OpenRead(args[1]))
        {
            file = FileIngestor.Read(stream, "2024/学校基础数据.xlsx", 2024, options);
        }
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var report = Encoding.UTF8.GetByteCount(ValidationReport.Render(Submission(file), file));
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            file              {new FileInfo(args[1]).Length / 1048576.0:F1} MiB, max rows {options.MaxRows:N0}
            outcome           {(file.Rejected ? "rejected" : "accepted")}, rows read {file.RowsRead:N0}, accepted {file.RowsAccepted:N0}, rejected keys {file.RejectedKeys.Count:N0}
            findings kept     {file.Findings.Count:N0} ({string.Join(", ", file.Findings.GroupBy(f => f.Code).Select(g => $"{g.Key} {g.Count()}"))})
            time              {clock.Elapsed.TotalSeconds:F1} s
            working set       {before / 1048576.0:F0} MiB before, {process.PeakWorkingSet64 / 1048576.0:F0} MiB peak
            GC allocated      {allocated / 1048576.0:F0} MiB
            report            {report / 1024.0:F1} KiB
            """));
        return 0;
    }

    private static SubmissionRecord Submission(IngestedFile file) => new()
    {
        Sha256 = new string('0', 64),
        Path = file.FileName,
        Kind = file.Kind,
        Year = file.Year,
        Status = file.Rejected ? SubmissionStatus.Rejected : file.RowsRejected > 0 ? SubmissionStatus.PartiallyAccepted : SubmissionStatus.Accepted,
        RowsRead = file.RowsRead,
        RowsAccepted = file.RowsAccepted,
        RowsRejected = file.RowsRejected,
        Errors = file.Findings.Count(f => f.Severity == Severity.Error),
        Warnings = file.Findings.Count(f => f.Severity == Severity.Warning),
        ReceivedAtUtc = DateTime.UnixEpoch,
    };
}
