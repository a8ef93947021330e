using BenchmarkDotNet.Running;
using Changji.Benchmarks;

// `e2e --schools N`: changji run end to end against DuckDB (EndToEndBenchmark); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "e2e")
{
    return await EndToEndBenchmark.RunAsync(args).ConfigureAwait(false);
}

BenchmarkSwitcher.FromAssembly(typeof(EvaluatorBenchmarks).Assembly).Run(args);
return 0;
