using System.Globalization;
using Changji.SampleGenerator.Check;
using Changji.SampleGenerator.Generation;
using Changji.SampleGenerator.Output;
using Changji.SampleGenerator.Readme;

// Usage: dotnet run --project pipelines/Changji.SampleGenerator -- <samples-dir> [--check]
// Writes the fictional county's input files and README under <samples-dir> and prints the
// generator's own verification of the stories; with --check it only prints.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var checkOnly = args.Contains("--check");
if (positional.Count != 1)
{
    Console.Error.WriteLine("用法: Changji.SampleGenerator <样例目录> [--check]");
    return 2;
}

var county = SampleCounty.Build();
var report = CheckReport.Build(county);
foreach (var line in report)
{
    Console.WriteLine(line);
}

if (!checkOnly)
{
    var files = SampleSet.Build(county);
    SampleDirectory.Write(positional[0], files, ReadmeWriter.Write(county, files, report));
    Console.WriteLine();
    Console.WriteLine($"wrote {files.Count} files and README.md under {Path.GetFullPath(positional[0])}");
}

return 0;
