using System.Diagnostics;

namespace Changji.Infra.Tests;

/// <summary>
/// The real Bicep CLI restored by the csproj's PackageDownload (Azure.Bicep.CommandLine.linux-x64),
/// run as a process. Its version must match the PackageDownload pin.
/// </summary>
internal static class BicepCli
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";
    private const string Version = "0.49.2";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string BinaryPath
    {
        get
        {
            var path = Path.Combine(PackagesFolder(), PackageId, Version, "tools", "bicep");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException("Bicep CLI not restored; run `dotnet restore` on the test project.", path);
            }

            EnsureExecutable(path);
            return path;
        }
    }

    public static BicepRun Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(BinaryPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoRoot.Path,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} ran longer than {Timeout}.");
        }

        return new BicepRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    // NuGet's own rule: NUGET_PACKAGES wins, else ~/.nuget/packages.
    private static string PackagesFolder()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
            : configured;
    }

    // NuGet extraction does not always keep the executable bit for the current user.
    private static void EnsureExecutable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var mode = File.GetUnixFileMode(path);
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | execute);
        }
    }
}
