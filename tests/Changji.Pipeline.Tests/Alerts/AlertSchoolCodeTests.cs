using System.Text.RegularExpressions;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Tests.Support;

namespace Changji.Pipeline.Tests.Alerts;

/// <summary>Alerts name schools by their 10-digit code, never by a display name (docs/outputs.md §2).</summary>
public sealed partial class AlertSchoolCodeTests : IDisposable
{
    private readonly SampleRun run = new();
    private readonly TempFolder drop = new();

    [Fact]
    public async Task SchoolCode_EveryAlertOfTheSamples_IsTenDigitsOrNull()
    {
        await run.RunAsync();

        var ledger = await run.Workspace.Store.LoadAsync();
        Assert.Contains(ledger, a => a.Rule == AlertRule.SizeOverCap.Code);
        Assert.All(ledger.Where(a => a.SchoolCode is not null), a => Assert.Matches(TenDigits(), a.SchoolCode!));
        Assert.All(ledger.Where(a => a.Rule == AlertRule.SizeOverCap.Code), a => Assert.Equal(a.SchoolCode, a.Subject));
    }

    [Fact]
    public async Task RenamedSchool_WithASizeAlert_NeitherResolvesNorReopensIt()
    {
        await run.RunAsync(year: 2023);
        var alert = (await run.Workspace.Store.LoadAsync()).First(a => a.Rule == AlertRule.SizeOverCap.Code && a.Status == AlertStatus.Open);
        var school = (await run.Workspace.Store.LoadYearAsync(alert.OpenedYear)).Schools.Single(s => s.SchoolCode == alert.SchoolCode);
        Directory.CreateDirectory(drop.Combine(alert.OpenedYear.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        File.WriteAllBytes(drop.Combine(alert.OpenedYear.ToString(System.Globalization.CultureInfo.InvariantCulture), "更正-校名.csv"), StatisticsCsv.Write([school with { SchoolName = school.SchoolName + "（更名）" }]));

        var summary = await run.RunAsync(drop.Path, 2023);

        Assert.DoesNotContain(summary.Years.SelectMany(y => y.AlertChanges.Messages), m => m.AlertId == alert.AlertId);
        Assert.Equal(AlertStatus.Open, (await run.Workspace.Store.LoadAsync()).Single(a => a.AlertId == alert.AlertId).Status);
    }

    [GeneratedRegex(@"^\d{10}$")]
    private static partial Regex TenDigits();

    public void Dispose()
    {
        run.Dispose();
        drop.Dispose();
    }
}
