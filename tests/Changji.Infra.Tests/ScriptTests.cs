using System.Diagnostics;

namespace Changji.Infra.Tests;

/// <summary>The operator's scripts under infra/ parse (<c>bash -n</c>) and are executable; they need Azure to run.</summary>
public sealed class ScriptTests
{
    public static TheoryData<string> Scripts => new(Directory.GetFiles(Path.Combine(RepoRoot.Path, "infra"), "*.sh").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script_Bash_ParsesAndIsExecutable(string name)
    {
        var path = RepoRoot.Infra(name);
        using var bash = Process.Start(new ProcessStartInfo("bash", ["-n", path]) { RedirectStandardError = true })!;
        var errors = bash.StandardError.ReadToEnd();
        bash.WaitForExit();

        Assert.True(bash.ExitCode == 0, errors);
        Assert.StartsWith("#!/usr/bin/env bash", File.ReadLines(path).First(), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.NotEqual(UnixFileMode.None, File.GetUnixFileMode(path) & UnixFileMode.UserExecute);
        }
    }
}
