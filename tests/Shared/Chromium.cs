namespace Changji.Testing;

/// <summary>
/// Debian's headless <c>chromium</c> for page tests (.ci/run installs it; <c>CHANGJI_CHROMIUM</c> names
/// another binary). Tests drive it with PuppeteerSharp pointed at this path: no browser is downloaded.
/// </summary>
internal static class Chromium
{
    public static readonly string[] Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"];

    public static string Path()
    {
        var path = Environment.GetEnvironmentVariable("CHANGJI_CHROMIUM") is { Length: > 0 } named ? named : "/usr/bin/chromium";
        Assert.True(File.Exists(path), $"{path} not found: apt-get install -y --no-install-recommends chromium (or set CHANGJI_CHROMIUM)");
        return path;
    }

    /// <summary>Where screenshots go: <c>artifacts/</c> beside the test binaries.</summary>
    public static string Artifact(string name)
    {
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, name);
    }
}
