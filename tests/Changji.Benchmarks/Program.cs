using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Changji.Benchmarks.EvaluatorBenchmarks).Assembly).Run(args);
