using System.Diagnostics;
using Changji.Pipeline.UseCases;

namespace Changji.Benchmarks;

/// <summary>
/// Times the stages a run reports (each file's ingest, evaluate, send alerts), synchronously, as a coarse
/// profile, and samples memory every 50 ms so each stage also shows the highest working set and managed heap
/// seen while it ran (where the peak memory comes from).
/// </summary>
internal sealed class StageClock : IProgress<RunProgress>, IDisposable
{
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private readonly List<Mark> marks = [];
    private readonly Lock gate = new();
    private readonly Timer sampler;
    private bool stopped;

    public StageClock() => sampler = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(50));

    public void Report(RunProgress value)
    {
        lock (gate)
        {
            marks.Add(new Mark(value.Item is null ? value.StepZh : $"{value.StepZh} {value.Item}", watch.Elapsed));
        }

        Sample();
    }

    /// <summary>Each stage, how long it lasted up to <paramref name="end"/>, and its peak working set and managed heap.</summary>
    public IEnumerable<string> Lines(TimeSpan end)
    {
        lock (gate)
        {
            return marks.Select((m, i) =>
                $"    {(i + 1 < marks.Count ? marks[i + 1].Start : end) - m.Start:mm\\:ss\\.ff}  {m.WorkingSet / 1048576,5} MiB ws {m.Heap / 1048576,5} MiB heap  {m.Stage}").ToList();
        }
    }

    /// <summary>
    /// Ends the last stage with the run: without it the last stage (send alerts) went on sampling through the
    /// no-op rerun and DuckDB's run, and showed their memory as its own.
    /// </summary>
    public void Stop()
    {
        Sample();
        lock (gate)
        {
            stopped = true;
        }
    }

    public void Dispose() => sampler.Dispose();

    private void Sample()
    {
        var workingSet = Environment.WorkingSet;
        var heap = GC.GetTotalMemory(forceFullCollection: false);
        lock (gate)
        {
            if (marks.Count > 0 && !stopped)
            {
                var last = marks[^1];
                last.WorkingSet = Math.Max(last.WorkingSet, workingSet);
                last.Heap = Math.Max(last.Heap, heap);
            }
        }
    }

    private sealed class Mark(string stage, TimeSpan start)
    {
        public string Stage { get; } = stage;

        public TimeSpan Start { get; } = start;

        public long WorkingSet { get; set; }

        public long Heap { get; set; }
    }
}
