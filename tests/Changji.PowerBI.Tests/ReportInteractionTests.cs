using System.Text.Json;
using Changji.PowerBI.Tests.Infrastructure;
using Changji.PowerBI.Tests.Report;

namespace Changji.PowerBI.Tests;

public sealed class ReportInteractionTests
{
    private const string YearSlicer = "year_slicer";

    [Fact]
    public void TrendVisuals_OnPagesWithAYearSlicer_IgnoreTheSlicer()
    {
        // A trend over dim_year filtered to the one selected year would show a single point.
        var missing = new List<string>();
        foreach (var page in Directory.EnumerateDirectories(Path.Combine(RepoPaths.ReportDefinition, "pages")))
        {
            var visuals = Path.Combine(page, "visuals");
            if (!Directory.Exists(Path.Combine(visuals, YearSlicer)))
            {
                continue;
            }

            var ignored = NoFilterTargets(Path.Combine(page, "page.json"));
            missing.AddRange(Directory.EnumerateDirectories(visuals).Select(Path.GetFileName).OfType<string>()
                .Where(v => IsYearTrend(Path.Combine(visuals, v, "visual.json")) && !ignored.Contains(v))
                .Select(v => $"{Path.GetFileName(page)}/{v}"));
        }

        Assert.Empty(missing);
    }

    private static bool IsYearTrend(string visualFile) =>
        Projection.In(visualFile).Any(p => p.Role == "Category" && p.Field?.Entity == "dim_year");

    private static HashSet<string> NoFilterTargets(string pageFile)
    {
        using var page = JsonDocument.Parse(File.ReadAllText(pageFile));
        return page.RootElement.TryGetProperty("visualInteractions", out var interactions)
            ? interactions.EnumerateArray()
                .Where(i => i.GetProperty("source").GetString() == YearSlicer && i.GetProperty("type").GetString() == "NoFilter")
                .Select(i => i.GetProperty("target").GetString() ?? "").ToHashSet(StringComparer.Ordinal)
            : [];
    }
}
