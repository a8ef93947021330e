using BenchmarkDotNet.Running;
using Changji.Benchmarks;

// `e2e --schools N`: changji run end to end against DuckDB (EndToEndBenchmark); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "e2e")
{
    return await EndToEndBenchmark.RunAsync(args).ConfigureAwait(false);
}

// `sheets-make FILE` / `sheets FILE`: issue 16's worst-case xlsx, written then ingested in separate processes (SheetsBenchmark).
if (args.Length > 0 && args[0] == "sheets-make")
{
    return SheetsBenchmark.Make(args);
}

if (args.Length > 0 && args[0] == "sheets")
{
    return SheetsBenchmark.Run(args);
}

// `ingest-make DIR` / `ingest DIR`: one statistics CSV of every school, written then received through ReceiveFile (IngestBenchmark).
if (args.Length > 0 && args[0] == "ingest-make")
{
    return IngestBenchmark.Make(args);
}

if (args.Length > 0 && args[0] == "ingest")
{
    return await IngestBenchmark.RunAsync(args).ConfigureAwait(false);
}

BenchmarkSwitcher.FromAssembly(typeof(EvaluatorBenchmarks).Assembly).Run(args);
return 0;
