using System.Diagnostics;
using Changji.Pipeline.UseCases;

namespace Changji.Benchmarks;

/// <summary>Times the stages a run reports (each file's ingest, evaluate, send alerts), synchronously, as a coarse profile.</summary>
internal sealed class StageClock : IProgress<RunProgress>
{
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Start)> marks = [];

    public void Report(RunProgress value) => marks.Add((value.Item is null ? value.StepZh : $"{value.StepZh} {value.Item}", watch.Elapsed));

    /// <summary>Each stage and how long it lasted, up to <paramref name="end"/>.</summary>
    public IEnumerable<string> Lines(TimeSpan end) =>
        marks.Select((m, i) => $"    {(i + 1 < marks.Count ? marks[i + 1].Start : end) - m.Start:mm\\:ss\\.ff}  {m.Stage}");
}
