using Changji.Evaluation.Catalogue;
using Changji.Ingestion;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Counties;
using Changji.Pipeline.Reports;

namespace Changji.Pipeline.Composition;

/// <summary>
/// The pipeline's settings, bound from configuration keys of the same names (app settings in Azure,
/// options of <c>changji run</c> locally) and validated when the host starts (<see cref="PipelineOptionsValidator"/>).
/// </summary>
public sealed class PipelineOptions
{
    /// <summary>Setting <c>EvaluationProfile</c>: the version of the standard to evaluate against. Default <c>changji-2022</c>.</summary>
    public string EvaluationProfile { get; set; } = Catalogue.DefaultProfileName;

    /// <summary>Setting <c>SubmissionDeadlines</c>: <c>statistics=10-31;funding=12-31;county=12-31</c>; empty for those defaults.</summary>
    public string? SubmissionDeadlines { get; set; }

    /// <summary>
    /// Setting <c>MaxFileBytes</c>: a file larger than this is refused unread. Default 128 MiB (why: <see cref="IngestionOptions.MaxFileBytes"/>);
    /// a county's file is a few hundred KiB.
    /// </summary>
    public long MaxFileBytes { get; set; } = IngestionOptions.Default.MaxFileBytes;

    /// <summary>Setting <c>RowsPerChunk</c>: accepted rows held in memory and stored at once. Default 5 000 (<see cref="IngestionOptions.RowsPerChunk"/>).</summary>
    public int RowsPerChunk { get; set; } = IngestionOptions.Default.RowsPerChunk;

    /// <summary>Setting <c>InMemoryFileBytes</c>: a received file larger than this is spooled to a temporary file. Default 8 MiB (<see cref="IngestionOptions.InMemoryFileBytes"/>).</summary>
    public long InMemoryFileBytes { get; set; } = IngestionOptions.Default.InMemoryFileBytes;

    /// <summary>Setting <c>MaxRows</c>: a file with more data rows is refused while it is read. Default 200 000, a region's statistics.</summary>
    public int MaxRows { get; set; } = IngestionOptions.Default.MaxRows;

    /// <summary>Setting <c>MaxFindingsPerCode</c>: findings kept per finding code, the rest summarised in one line. Default 200.</summary>
    public int MaxFindingsPerCode { get; set; } = IngestionOptions.Default.MaxFindingsPerCode;

    /// <summary>Setting <c>RectificationDaysHigh</c>: days to rectify a high-severity alert (整改时限), in Beijing dates from the day it opened. Default 90.</summary>
    public int RectificationDaysHigh { get; set; } = AlertSettings.Default.RectificationDays[AlertSeverity.High];

    /// <summary>Setting <c>RectificationDaysMedium</c>: days to rectify a medium-severity alert. Default 180.</summary>
    public int RectificationDaysMedium { get; set; } = AlertSettings.Default.RectificationDays[AlertSeverity.Medium];

    /// <summary>Setting <c>RectificationDaysLow</c>: days to rectify a low-severity alert. Default 365.</summary>
    public int RectificationDaysLow { get; set; } = AlertSettings.Default.RectificationDays[AlertSeverity.Low];

    /// <summary>
    /// Setting <c>County</c> (<c>--county</c> locally): 县级行政区划代码 of the home county, which files without
    /// a county column belong to (docs/input-files.md §5). Default 652301, 昌吉市.
    /// </summary>
    public string County { get; set; } = HomeCounty.Changji.Code;

    /// <summary>Setting <c>CountyName</c>: the home county's name when no file gives one. Default 昌吉市 (for the default county only).</summary>
    public string? CountyName { get; set; }

    /// <summary>Setting <c>Prefecture</c>: the home county's prefecture when no file gives one.</summary>
    public string? Prefecture { get; set; }

    /// <summary>Setting <c>Province</c>: the home county's province when no file gives one.</summary>
    public string? Province { get; set; }

    /// <summary>The home county these options name; 昌吉市's names when it is 昌吉市 and no names are set.</summary>
    public HomeCounty ToHomeCounty() => County == HomeCounty.Changji.Code
        ? HomeCounty.Changji with
        {
            Name = CountyName ?? HomeCounty.Changji.Name,
            Prefecture = Prefecture ?? HomeCounty.Changji.Prefecture,
            Province = Province ?? HomeCounty.Changji.Province,
        }
        : new HomeCounty(County, CountyName ?? County, Prefecture, Province);

    /// <summary>
    /// Setting <c>Documents</c> (<c>--documents</c> locally): which documents a recompute writes — <c>all</c> (default:
    /// every county's 自评报告 and 一校一册), <c>reports</c> (no 一校一册), <c>home</c> (the home county's only), <c>none</c>.
    /// </summary>
    public string Documents { get; set; } = "all";

    /// <summary><see cref="Documents"/> parsed; <see cref="DocumentScope.All"/> when malformed (the validator reports that).</summary>
    public DocumentScope DocumentScope => DocumentScopeCodes.Map.TryParse(Documents, out var scope) ? scope : DocumentScope.All;

    /// <summary>The alert settings these options make: deadlines of submissions and of rectification.</summary>
    public AlertSettings ToAlertSettings() => AlertSettings.WithDeadlines(SubmissionDeadlines) with
    {
        RectificationDays = new Dictionary<AlertSeverity, int>
        {
            [AlertSeverity.High] = RectificationDaysHigh,
            [AlertSeverity.Medium] = RectificationDaysMedium,
            [AlertSeverity.Low] = RectificationDaysLow,
        },
    };

    /// <summary>
    /// Setting <c>AsOf</c> (<c>--as-of</c> locally): evaluate as of this instant, ISO 8601 with an offset
    /// (<c>2025-11-01T09:00+08:00</c>), which fixes the current school year and the deadlines passed so a
    /// past run can be reproduced. Empty for the real clock.
    /// </summary>
    public string? AsOf { get; set; }

    /// <summary><see cref="AsOf"/> parsed; null when empty or malformed (the validator reports the latter).</summary>
    public DateTimeOffset? AsOfInstant =>
        DateTimeOffset.TryParse(AsOf, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var instant)
        && AsOf!.Contains('T', StringComparison.Ordinal) && HasOffset(AsOf) ? instant : null;

    /// <summary>An instant without an offset would be read in the machine's zone; it must say which.</summary>
    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d{2}:?\d{2}$");
}
