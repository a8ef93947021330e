namespace Changji.Infra.Tests;

/// <summary>What one run of the Bicep CLI produced.</summary>
internal sealed record BicepRun(int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Diagnostic lines ("file(line,col) : Error|Warning code: …"), whatever stream they came on.</summary>
    public IReadOnlyList<string> Diagnostics =>
        (StdOut + "\n" + StdErr)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Contains(" : Error ", StringComparison.Ordinal)
                || line.Contains(" : Warning ", StringComparison.Ordinal))
            .ToList();
}
