using BenchmarkDotNet.Attributes;
using Changji.Evaluation;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;

namespace Changji.Benchmarks;

/// <summary>The whole evaluation of one year: a county (60 schools), a prefecture (2 000) and the nation (200 000).</summary>
[MemoryDiagnoser]
public class EvaluatorBenchmarks
{
    private CountyYear year = null!;
    private Profile profile = null!;

    [Params(60, 2_000, 200_000)]
    public int Schools { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        year = SyntheticCounty.Build(Schools);
        profile = Catalogue.Builtin.Default;
    }

    [Benchmark]
    public int Evaluate() => Evaluator.Evaluate(year, null, profile).SchoolIndicators.Count;
}
