using System.Diagnostics;

namespace Changji.Pipeline.Tests.Support;

/// <summary>LibreOffice headless and poppler, where installed (CI installs both in .ci/run): a DOCX as PDF text and page info.</summary>
public static class LibreOffice
{
    public static bool Installed => OnPath("soffice") && OnPath("pdftotext") && OnPath("pdfinfo");

    /// <summary>Converts <paramref name="docx"/> to PDF in a temporary folder; returns its text layer and <c>pdfinfo</c>.</summary>
    public static async Task<(string Text, string Info)> ToPdfTextAsync(string docx)
    {
        using var folder = new TempFolder();
        var profile = Path.Combine(folder.Path, "profile");
        await RunAsync("soffice", ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", folder.Path, docx]);
        var pdf = Directory.GetFiles(folder.Path, "*.pdf").Single();
        return (await RunAsync("pdftotext", ["-layout", pdf, "-"]), await RunAsync("pdfinfo", [pdf]));
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, tool)));

    private static async Task<string> RunAsync(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
        return output;
    }
}
