using Changji.Evaluation;
using Changji.Ingestion;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Counties;
using Changji.Pipeline.Curated;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Reports;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// Evaluates years from the information database, keeps the alert ledger in step and publishes the
/// curated Parquet. A change to one year also changes the next (C2 and year-on-year checks compare
/// with the previous year), so a recompute runs from the given year to the latest, in order.
/// </summary>
public sealed class RecomputeYears(
    IFactStore facts,
    ISubmissionLedger submissions,
    IAlertLedger alerts,
    ICuratedPublisher publisher,
    IReportStore reports,
    Profile profile,
    AlertSettings settings,
    SchoolCalendar calendar,
    HomeCounty home,
    DocumentSettings documentSettings) : IRecomputeYears
{
    private readonly DocumentScope documents = documentSettings.Scope;

    public async Task<IReadOnlyList<YearResult>> RunAsync(int fromYear, int? toYear = null, CancellationToken cancellationToken = default)
    {
        var now = calendar.Now;
        // The ledger is read once and again only after this run changed it (reading it costs a full scan).
        var ledger = await alerts.LoadAsync(cancellationToken).ConfigureAwait(false);
        var ledgerChanged = false;
        ProfileGuard.EnsureSame(profile, ledger);
        var received = await submissions.ListAsync(cancellationToken).ConfigureAwait(false);
        HomeCountyGuard.EnsureSame(home, received);
        var years = await YearsToEvaluateAsync(received, now, cancellationToken).ConfigureAwait(false);
        var results = new List<YearResult>();
        var files = new List<CuratedFile>();
        var evaluated = new List<(CountyOutcome County, CountyEvaluation Evaluation)>();
        int? firstEvaluated = null;
        CountyYear? previous = null;
        foreach (var year in years.Where(y => y >= fromYear && (toYear is null || y <= toYear)))
        {
            var current = WithRejectedSchools(await facts.LoadYearAsync(year, cancellationToken).ConfigureAwait(false), received);
            previous ??= await facts.LoadYearAsync(year - 1, cancellationToken).ConfigureAwait(false);
            var before = previous.Year == year - 1 && HasData(previous) ? previous : null;

            ledger = ledgerChanged ? await alerts.LoadAsync(cancellationToken).ConfigureAwait(false) : ledger;
            var byCounty = ledger.ToLookup(a => home.Resolve(a.CountyCode), StringComparer.Ordinal);
            var slices = CountySplit.Split(current, before, home);
            var named = CuratedRows.Counties(year, slices, home);
            var names = named.ToDictionary(c => c.CountyCode, c => c.CountyName, StringComparer.Ordinal);
            using var tables = new CuratedYearTables(year, profile);
            var decided = new List<AlertChanges>(slices.Count);
            var crossFile = new List<(string County, Finding Finding)>();
            var verdicts = new Dictionary<string, CountyVerdicts>(StringComparer.Ordinal);
            CountyEvaluation? homeEvaluation = null;
            foreach (var slice in slices)
            {
                // County by county: its rows are written and its evaluation let go before the next is evaluated,
                // so memory does not grow with the number of counties (issue 10); only reports keep evaluations.
                var county = EvaluateCounty(year, slice, received, byCounty[slice.Code].ToList(), names.GetValueOrDefault(slice.Code, slice.Code == home.Code ? home.Name : slice.Code), now);
                decided.Add(county.Changes);
                crossFile.AddRange(CrossFileChecks.Run(slice.Current).Select(f => (slice.Code, f)));
                await tables.AddAsync(slice, county.Evaluation, cancellationToken).ConfigureAwait(false);
                if (county.Evaluation is { } evaluation)
                {
                    verdicts[slice.Code] = CountyVerdicts.Of(evaluation);
                    firstEvaluated ??= year;
                    if (WritesReports(slice.Code))
                    {
                        evaluated.Add((county, evaluation));
                    }
                }

                homeEvaluation = slice.Code == home.Code ? county.Evaluation : homeEvaluation;
            }

            var changes = AlertChanges.Combine(decided);
            ledgerChanged = !changes.IsEmpty;
            if (ledgerChanged)
            {
                await alerts.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
            }

            var findings = await submissions.FindingsAsync(year, cancellationToken).ConfigureAwait(false);
            var quality = CuratedRows.DataQuality(year, findings, received, crossFile, home.Code);
            var submitted = CuratedRows.Submissions(year, received, home.Code);
            if (HasData(current) || quality.Count > 0 || submitted.Count > 0)
            {
                files.AddRange(await tables.FilesAsync(named, quality, cancellationToken).ConfigureAwait(false));
                files.Add(await FileAsync(CuratedTables.FactSubmission, year, submitted, cancellationToken).ConfigureAwait(false));
            }

            // The events only: the lines are in the ledger now, and a national year's would be held to the end of the run.
            results.Add(new YearResult(year, homeEvaluation, changes.IsEmpty ? changes : new AlertChanges([], changes.Messages), quality.Count)
            {
                Counties = verdicts,
                LedgerLinesChanged = changes.Upserts.Count,
            });
            previous = current;
        }

        // 逾期未整改: whatever is still open past its due date as of now, once.
        ledger = ledgerChanged ? await alerts.LoadAsync(cancellationToken).ConfigureAwait(false) : ledger;
        var escalation = AlertEscalation.Escalate(ledger, settings, now.UtcDateTime);
        if (!escalation.IsEmpty)
        {
            await alerts.ApplyAsync(escalation, cancellationToken).ConfigureAwait(false);
            ledger = await alerts.LoadAsync(cancellationToken).ConfigureAwait(false);
        }

        var finalLedger = ledger;
        files.AddRange(await AlertFilesAsync(finalLedger, cancellationToken).ConfigureAwait(false));
        await publisher.PublishAsync(files, cancellationToken).ConfigureAwait(false);
        await CuratedManifests.PublishAsync(publisher, files, now, cancellationToken).ConfigureAwait(false);
        var earlier = evaluated.Count == 0 ? [] : await EarlierAsync(years.Where(y => y < firstEvaluated), received, cancellationToken).ConfigureAwait(false);
        await WriteSelfEvaluationsAsync(earlier, evaluated, finalLedger, received, cancellationToken).ConfigureAwait(false);
        return results;
    }

    /// <summary>
    /// One county on its own, as if its files had been run alone: its evaluation, and its alerts reconciled
    /// against its own lines of the ledger. The rules about files speak for the home county, which receives them.
    /// </summary>
    private CountyOutcome EvaluateCounty(int year, CountySlice slice, IReadOnlyList<SubmissionRecord> received, IReadOnlyList<AlertRecord> ledger, string name, DateTimeOffset now)
    {
        var current = slice.Current;
        var before = slice.Before is { } b && HasData(b) ? b : null;
        // County figures alone are evaluated too (docs/standard.md §6): their items get statuses, the school-based ones are missing.
        var evaluation = current.Schools.Count > 0 || current.Figures.Count > 0 ? Evaluator.Evaluate(current, before, profile) : null;
        var isHome = slice.Code == home.Code;

        var fired = (isHome ? SubmissionAlertRules.Fire(year, received, settings, now) : []).Concat(SchoolPresenceRules.Fire(current, before)).ToList();
        var rules = (isHome ? SubmissionAlertRules.Rules : []).Concat(SchoolPresenceRules.Rules).ToList();
        if (evaluation is not null)
        {
            fired.AddRange(YearAlertRules.Fire(evaluation, current, before, profile, settings).Select(f => f with { Profile = profile.Name }));
            rules.AddRange(YearAlertRules.Rules);
        }

        var stored = home.Stored(slice.Code);
        var owned = AlertOwners.Assign(profile.Plan, stored is null ? fired : [.. fired.Select(f => f with { County = stored })]);
        var changes = AlertReconciler.Reconcile(year, rules, owned, ledger, now.UtcDateTime, settings);
        return new CountyOutcome(slice, evaluation, changes, name);
    }

    /// <summary>
    /// Written from the final ledger, after every year is reconciled, so a year's report reads the same
    /// however often and in whatever order the years are recomputed. Another county than the home county
    /// gets its reports in a folder of its code (<c>reports/{year}/{code}/</c>).
    /// </summary>
    /// <param name="earlier">Each county's evaluations of the years before those recomputed, oldest first (the trend charts).</param>
    /// <param name="evaluated">What this run evaluated and writes reports for (<see cref="WritesReports"/>), in year order.</param>
    private async Task WriteSelfEvaluationsAsync(
        IReadOnlyList<(string Code, CountyEvaluation Evaluation)> earlier, IReadOnlyList<(CountyOutcome County, CountyEvaluation Evaluation)> evaluated,
        IReadOnlyList<AlertRecord> ledger, IReadOnlyList<SubmissionRecord> received, CancellationToken ct)
    {
        var byCounty = ledger.ToLookup(a => home.Resolve(a.CountyCode), StringComparer.Ordinal);
        var before = earlier.ToLookup(e => e.Code, e => e.Evaluation, StringComparer.Ordinal);
        var history = new Dictionary<string, List<CountyEvaluation>>(StringComparer.Ordinal);
        foreach (var (county, evaluation) in evaluated)
        {
            var code = county.Slice.Code;
            if (!history.TryGetValue(code, out var past))
            {
                history[code] = past = [.. before[code]];
            }

            past.Add(evaluation);
            var input = new SelfEvaluationInput(evaluation, profile, county.Slice.Current, [.. byCounty[code]], received) { CountyName = county.Name, History = [.. past] };
            var report = SelfEvaluationReport.Build(input);
            var index = new BookletIndex(input);
            var booklets = documents == DocumentScope.Reports ? [] : SchoolBooklet.Schools(input).Select(school => (School: school, Document: SchoolBooklet.Build(index, school))).ToList();
            string Path(string extension) => CountyReportPath(SelfEvaluationReport.FileName(evaluation.Year, extension), code);
            var stamp = SelfEvaluationReport.Stamp(evaluation.Year, received);
            var markdown = report.ToMarkdown() + SelfEvaluationReport.Provenance(stamp, Fingerprint(input, booklets.Select(b => b.Document))) + Environment.NewLine;
            if (await reports.ReadTextAsync(Path("md"), ct).ConfigureAwait(false) == markdown)
            {
                // Charts and documents cost ~0.25 s a county and ~10 ms a school; a rerun over unchanged data renders none.
                continue;
            }

            await reports.WriteAsync(Path("html"), HtmlReport.Render(SelfEvaluationReport.Title(evaluation.Year, county.Name), report.ToMarkdown(embedFigures: true)), ct).ConfigureAwait(false);
            await reports.WriteBytesAsync(Path("docx"), DocxReport.Render(report, stamp), ct).ConfigureAwait(false);
            if (documents != DocumentScope.Reports)
            {
                await WriteBookletsAsync(index, booklets, stamp, code, ct).ConfigureAwait(false);
            }

            // Last: an unchanged .md vouches for everything written before it.
            await reports.WriteAsync(Path("md"), markdown, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// What the report's Markdown does not show but its other files do: the trend charts' figures and the
    /// booklets' text, so a change to either is not mistaken for an unchanged report.
    /// </summary>
    private static string Fingerprint(SelfEvaluationInput input, IEnumerable<ReportDocument> booklets) =>
        StableId.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(string.Concat(
            input.History.Select(h => $"{h.Year}:{h.Compliance.Count(c => c.Passed)}/{h.Compliance.Count}:{h.Blocking.Count}\n")
                .Concat(booklets.Select(b => b.ToMarkdown())))))[..16];

    /// <summary>一校一册 beside the 自评报告: each school's DOCX and HTML, and the bureau's combined DOCX.</summary>
    private async Task WriteBookletsAsync(
        BookletIndex index, IReadOnlyList<(SchoolStatistics School, ReportDocument Document)> booklets, DateTimeOffset stamp, string code, CancellationToken ct)
    {
        var year = index.Input.Evaluation.Year;
        foreach (var (school, booklet) in booklets)
        {
            await reports.WriteBytesAsync(CountyReportPath(SchoolBooklet.FileName(year, school, "docx"), code), DocxReport.Render(booklet, stamp), ct).ConfigureAwait(false);
            await reports.WriteAsync(CountyReportPath(SchoolBooklet.FileName(year, school, "html"), code), HtmlReport.Render(booklet.Title, booklet.ToMarkdown(embedFigures: true)), ct).ConfigureAwait(false);
        }

        await reports.WriteBytesAsync(CountyReportPath(SchoolBooklet.CombinedFileName(year), code), DocxReport.Render(SchoolBooklet.BuildCombined(index), stamp), ct).ConfigureAwait(false);
    }

    /// <summary><c>{year}/name</c> for the home county, <c>{year}/{code}/name</c> for another.</summary>
    private string CountyReportPath(string fileName, string code) =>
        code == home.Code ? fileName : fileName.Insert(fileName.IndexOf('/', StringComparison.Ordinal) + 1, code + "/");

    /// <summary>
    /// Years before the first one recomputed, evaluated again (county by county) for the reports' trends only
    /// (the engine is pure: nothing in the ledger or the curated tables changes), so a recompute of one year charts them all.
    /// </summary>
    private async Task<List<(string Code, CountyEvaluation Evaluation)>> EarlierAsync(IEnumerable<int> years, IReadOnlyList<SubmissionRecord> received, CancellationToken ct)
    {
        var result = new List<(string, CountyEvaluation)>();
        CountyYear? previous = null;
        foreach (var year in years)
        {
            var current = WithRejectedSchools(await facts.LoadYearAsync(year, ct).ConfigureAwait(false), received);
            previous ??= await facts.LoadYearAsync(year - 1, ct).ConfigureAwait(false);
            var before = previous.Year == year - 1 && HasData(previous) ? previous : null;
            foreach (var slice in CountySplit.Split(current, before, home).Where(c => c.Current.Schools.Count > 0 || c.Current.Figures.Count > 0))
            {
                result.Add((slice.Code, Evaluator.Evaluate(slice.Current, slice.Before is { } b && HasData(b) ? b : null, profile)));
            }

            previous = current;
        }

        return result;
    }

    /// <summary>Years with facts or files, plus every later year up to the current school year, whose deadlines may have passed.</summary>
    private async Task<IReadOnlyList<int>> YearsToEvaluateAsync(IReadOnlyList<SubmissionRecord> received, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var years = new SortedSet<int>(await facts.YearsAsync(cancellationToken).ConfigureAwait(false));
        years.UnionWith(received.Where(s => s.Year is not null).Select(s => s.Year!.Value));
        if (years.Count > 0)
        {
            for (var y = years.Min; y <= SchoolCalendar.SchoolYearOf(now); y++)
            {
                years.Add(y);
            }
        }

        return years.ToList();
    }

    /// <summary>
    /// Schools a statistics file of the year named in a row that was not accepted, and that no file has
    /// supplied validly since: the engine counts their levels as missing (docs/standard.md §6).
    /// </summary>
    private static CountyYear WithRejectedSchools(CountyYear year, IReadOnlyList<SubmissionRecord> received)
    {
        var accepted = year.Schools.Select(s => s.SchoolCode).ToHashSet(StringComparer.Ordinal);
        var rejected = received
            .Where(s => s.Year == year.Year && s.Kind == FileKind.Statistics)
            .SelectMany(s => s.RejectedSchools)
            .Where(code => !accepted.Contains(code))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return rejected.Count == 0 ? year : year with { RejectedSchools = rejected };
    }

    private static bool HasData(CountyYear year) => year.Schools.Count > 0 || year.Funding.Count > 0 || year.Figures.Count > 0;

    /// <summary>Whether a county gets its 自评报告 (and booklets) under the run's <see cref="DocumentScope"/>.</summary>
    private bool WritesReports(string code) => documents is DocumentScope.All or DocumentScope.Reports || (documents == DocumentScope.Home && code == home.Code);

    private static async Task<CuratedFile> FileAsync<T>(string table, int year, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class, new() =>
        new(table, year, await ParquetTable.WriteAsync(rows, ct).ConfigureAwait(false));

    /// <summary>fact_alert is partitioned by the year an alert opened; resolving it later rewrites that partition.</summary>
    private async Task<IReadOnlyList<CuratedFile>> AlertFilesAsync(IReadOnlyList<AlertRecord> ledger, CancellationToken ct)
    {
        var files = new List<CuratedFile>();
        foreach (var year in ledger.Select(a => a.OpenedYear).Distinct().Order())
        {
            files.Add(await FileAsync(CuratedTables.FactAlert, year, CuratedRows.Alerts(year, ledger, home), ct).ConfigureAwait(false));
        }

        return files;
    }
}
