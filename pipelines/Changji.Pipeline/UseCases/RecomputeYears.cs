using Changji.Evaluation;
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
    DocumentSettings documentSettings,
    IRegionMarks? regionMarks = null) : IRecomputeYears
{
    private readonly DocumentScope documents = documentSettings.Scope;

    public Task<IReadOnlyList<YearResult>> RunAsync(int fromYear, int? toYear = null, string? county = null, CancellationToken cancellationToken = default) =>
        RunAsync(fromYear, toYear, county, regionStep: true, cancellationToken);

    public Task<IReadOnlyList<YearResult>> RunCountyAsync(int fromYear, string county, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(county);
        return regionMarks is null
            ? throw new InvalidOperationException("A county's recompute without the step spanning counties needs region marks (IRegionMarks), which only the Azure host registers.")
            : RunAsync(fromYear, null, county, regionStep: false, cancellationToken);
    }

    /// <summary>
    /// The step spanning counties of one year, alone (a region request): the year's tables spanning counties when any
    /// county published its files of the year, then the manifest of every file of the year as published.
    /// </summary>
    public async Task RunRegionAsync(int year, CancellationToken cancellationToken = default)
    {
        var received = await submissions.ListAsync(cancellationToken).ConfigureAwait(false);
        HomeCountyGuard.EnsureSame(home, received);
        if ((await publisher.ReadYearAsync(CuratedTables.DimCounty, year, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            // dim_county: every county with tables of the year writes its row, so this is a full run's "years with tables".
            var rejected = new RejectedSchoolCounties(facts, received, home);
            await publisher.PublishAsync(await YearFilesAsync(year, received, rejected, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }

        // Every county's files of the year as they are now: the county runs that published them merged no manifest.
        var published = new List<(int Year, CuratedManifestEntry Entry)>();
        foreach (var table in CuratedTables.All)
        {
            published.AddRange((await publisher.ReadYearAsync(table, year, cancellationToken).ConfigureAwait(false)).Select(CuratedManifests.Entry));
        }

        await CuratedManifests.PublishAsync(publisher, published, calendar.Now, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<YearResult>> RunAsync(int fromYear, int? toYear, string? county, bool regionStep, CancellationToken cancellationToken)
    {
        if (county is not null && !HomeCounty.IsCode(county))
        {
            throw new ArgumentException($"A county is a 6-digit county code, not '{county}'.", nameof(county));
        }

        var now = calendar.Now;
        var received = await submissions.ListAsync(cancellationToken).ConfigureAwait(false);
        HomeCountyGuard.EnsureSame(home, received);
        var years = await YearsToEvaluateAsync(received, now, cancellationToken).ConfigureAwait(false);
        var recomputed = years.Where(y => y >= fromYear && (toYear is null || y <= toYear)).ToList();
        var tally = new RecomputeTally(recomputed);
        var rejected = new RejectedSchoolCounties(facts, received, home);
        // County by county, each reading its own facts and ledger lines: memory holds one county, not a nation.
        foreach (var code in county is null ? await StoredCounties.ListAsync(facts, years, home, cancellationToken).ConfigureAwait(false) : [county])
        {
            await RecomputeCountyAsync(code, years, recomputed, received, rejected, tally, now, cancellationToken).ConfigureAwait(false);
        }

        if (!regionStep)
        {
            // The county's files are written: only now may its years be marked, so a step that clears a mark read them.
            foreach (var year in tally.Published.Select(p => p.Year).Distinct().Order())
            {
                await regionMarks!.MarkAsync(year, cancellationToken).ConfigureAwait(false);
            }

            return tally.Results();
        }

        // Then each year's tables spanning counties, from what the counties published, and its manifest last.
        foreach (var year in tally.YearsWithTables)
        {
            var region = await YearFilesAsync(year, received, rejected, cancellationToken).ConfigureAwait(false);
            await publisher.PublishAsync(region, cancellationToken).ConfigureAwait(false);
            tally.Publish(region);
        }

        await CuratedManifests.PublishAsync(publisher, tally.Published, now, cancellationToken).ConfigureAwait(false);
        return tally.Results();
    }

    /// <summary>
    /// One county from the first recomputed year on: each year evaluated against its own year before, its
    /// ledger lines reconciled year by year, then 逾期未整改 on its open lines, its curated files (fact_alert of
    /// every year its lines opened included) published, and its reports written from its final lines.
    /// </summary>
    private async Task RecomputeCountyAsync(
        string code, IReadOnlyList<int> years, IReadOnlyList<int> recomputed, IReadOnlyList<SubmissionRecord> received,
        RejectedSchoolCounties rejected, RecomputeTally tally, DateTimeOffset now, CancellationToken ct)
    {
        var stored = home.Stored(code);
        var isHome = stored is null;
        var lines = await alerts.LoadCountyAsync(stored, ct).ConfigureAwait(false);
        ProfileGuard.EnsureSame(profile, lines);
        var files = new List<CuratedFile>();
        var evaluated = new List<(CountyOutcome County, CountyEvaluation Evaluation)>();
        int? firstEvaluated = null;
        CountyYear? previous = null;
        foreach (var year in recomputed)
        {
            var current = await rejected.AddToAsync(await facts.LoadCountyYearAsync(year, stored, ct).ConfigureAwait(false), code, ct).ConfigureAwait(false);
            previous ??= await facts.LoadCountyYearAsync(year - 1, stored, ct).ConfigureAwait(false);
            var before = previous.Year == year - 1 && HasData(previous) ? previous : null;
            previous = current;
            if (!isHome && !HasData(current) && before is null)
            {
                // Neither this year nor the one before: nothing of the county to evaluate or reconcile.
                continue;
            }

            var slice = new CountySlice(code, current, before);
            var named = CuratedRows.Counties(year, [slice], home);
            var county = EvaluateCounty(year, slice, received, lines, named.Count > 0 ? named[0].CountyName : isHome ? home.Name : code, now);
            if (!county.Changes.IsEmpty)
            {
                await alerts.ApplyAsync(county.Changes, ct).ConfigureAwait(false);
                lines = await alerts.LoadCountyAsync(stored, ct).ConfigureAwait(false);
            }

            var quality = isHome ? await FilesQualityAsync(year, slice.Current, received, ct).ConfigureAwait(false) : CountyQuality(year, code, slice.Current);
            var submitted = isHome && received.Any(s => s.Year == year);
            tally.Add(year, code, county.Evaluation, county.Changes, quality.Count, isHome);
            if (HasData(current) || quality.Count > 0 || submitted)
            {
                using var tables = new CuratedCountyTables(year, stored, profile);
                await tables.AddAsync(slice, county.Evaluation, ct).ConfigureAwait(false);
                files.AddRange(await tables.FilesAsync(named, isHome ? null : quality, ct).ConfigureAwait(false));
                tally.TablesOf(year);
            }

            if (county.Evaluation is { } evaluation)
            {
                firstEvaluated ??= year;
                if (WritesReports(code))
                {
                    evaluated.Add((county, evaluation));
                }
            }
        }

        // 逾期未整改: whatever of the county is still open past its due date as of now, once.
        var escalation = AlertEscalation.Escalate(lines, settings, now.UtcDateTime);
        if (!escalation.IsEmpty)
        {
            await alerts.ApplyAsync(escalation, ct).ConfigureAwait(false);
            lines = await alerts.LoadCountyAsync(stored, ct).ConfigureAwait(false);
        }

        files.AddRange(await AlertFilesAsync(lines, stored, ct).ConfigureAwait(false));
        await publisher.PublishAsync(files, ct).ConfigureAwait(false);
        tally.Publish(files);
        files.Clear();
        var earlier = evaluated.Count == 0 ? [] : await EarlierAsync(code, years.Where(y => y < firstEvaluated), rejected, ct).ConfigureAwait(false);
        await WriteSelfEvaluationsAsync(earlier, evaluated, lines, received, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The year's files that are not one county's: dim_indicator and fact_region_summary (<see cref="CuratedRegion"/>),
    /// and the tables about files, which the home county receives: fact_submission and its fact_data_quality (the files'
    /// findings with its own cross-file findings). Written here, not in the home county's pass, so a recompute of
    /// another county after its file arrived shows that file too.
    /// </summary>
    private async Task<IReadOnlyList<CuratedFile>> YearFilesAsync(int year, IReadOnlyList<SubmissionRecord> received, RejectedSchoolCounties rejected, CancellationToken ct)
    {
        var homeYear = await rejected.AddToAsync(await facts.LoadCountyYearAsync(year, null, ct).ConfigureAwait(false), home.Code, ct).ConfigureAwait(false);
        var quality = await FilesQualityAsync(year, homeYear, received, ct).ConfigureAwait(false);
        return
        [
            await FileAsync(CuratedTables.FactDataQuality, year, quality, ct).ConfigureAwait(false),
            await FileAsync(CuratedTables.FactSubmission, year, CuratedRows.Submissions(year, received, home.Code), ct).ConfigureAwait(false),
            .. await CuratedRegion.FilesAsync(publisher, year, profile, home.Code, ct).ConfigureAwait(false),
        ];
    }

    /// <summary>The home county's data quality: the findings of the files received for the year, then its cross-file checks.</summary>
    private async Task<IReadOnlyList<FactDataQualityRow>> FilesQualityAsync(int year, CountyYear homeYear, IReadOnlyList<SubmissionRecord> received, CancellationToken ct) =>
        CuratedRows.DataQuality(year, await submissions.FindingsAsync(year, ct).ConfigureAwait(false), received, CrossFileChecks.Run(homeYear).Select(f => (home.Code, f)), home.Code);

    /// <summary>Another county's data quality: its cross-file checks (the files' findings are the home county's).</summary>
    private IReadOnlyList<FactDataQualityRow> CountyQuality(int year, string code, CountyYear countyYear) =>
        CuratedRows.DataQuality(year, [], [], CrossFileChecks.Run(countyYear).Select(f => (code, f)), home.Code);

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
    /// <param name="evaluated">What this run evaluated of one county and writes reports for (<see cref="WritesReports"/>), in year order.</param>
    /// <param name="ledger">That county's ledger lines.</param>
    private async Task WriteSelfEvaluationsAsync(
        IReadOnlyList<(string Code, CountyEvaluation Evaluation)> earlier, IReadOnlyList<(CountyOutcome County, CountyEvaluation Evaluation)> evaluated,
        IReadOnlyList<AlertRecord> ledger, IReadOnlyList<SubmissionRecord> received, CancellationToken ct)
    {
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
            var input = new SelfEvaluationInput(evaluation, profile, county.Slice.Current, ledger, received) { CountyName = county.Name, History = [.. past] };
            var report = SelfEvaluationReport.Build(input);
            var index = new BookletIndex(input);
            var booklets = documents == DocumentScope.Reports ? [] : SchoolBooklet.Schools(input).Select(school => (School: school, Document: SchoolBooklet.Build(index, school))).ToList();
            string Path(string extension) => CountyReportPath(SelfEvaluationReport.FileName(evaluation.Year, extension), code);
            var stamp = SelfEvaluationReport.Stamp(evaluation.Year, received);
            var appendixPath = CountyReportPath(SelfEvaluationReport.AppendixFileName(evaluation.Year), code);
            // Once written, the appendix is kept current even when the list fits the report again, so no stale list lies beside it.
            var appendix = SelfEvaluationReport.NeedsAppendix(input) || await reports.ReadTextAsync(appendixPath, ct).ConfigureAwait(false) is not null
                ? SelfEvaluationReport.BuildAppendix(input)
                : null;
            var markdown = report.ToMarkdown() + SelfEvaluationReport.Provenance(stamp, Fingerprint(input, booklets.Select(b => b.Document).Append(appendix).OfType<ReportDocument>())) + Environment.NewLine;
            if (await reports.ReadTextAsync(Path("md"), ct).ConfigureAwait(false) == markdown)
            {
                // Charts and documents cost ~0.25 s a county and ~10 ms a school; a rerun over unchanged data renders none.
                continue;
            }

            await reports.WriteAsync(Path("html"), HtmlReport.Render(SelfEvaluationReport.Title(evaluation.Year, county.Name), report.ToMarkdown(embedFigures: true)), ct).ConfigureAwait(false);
            await reports.WriteBytesAsync(Path("docx"), DocxReport.Render(report, stamp), ct).ConfigureAwait(false);
            if (appendix is not null)
            {
                await reports.WriteAsync(appendixPath, HtmlReport.Render(appendix.Title, appendix.ToMarkdown()), ct).ConfigureAwait(false);
            }

            if (documents != DocumentScope.Reports)
            {
                await WriteBookletsAsync(index, booklets, stamp, code, ct).ConfigureAwait(false);
            }

            // Last: an unchanged .md vouches for everything written before it.
            await reports.WriteAsync(Path("md"), markdown, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// What the report's Markdown does not show but its other files do: the trend charts' figures, the
    /// booklets' and the appendix's text, so a change to either is not mistaken for an unchanged report.
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
    /// Years before the first one recomputed, evaluated again for the county's reports' trends only (the
    /// engine is pure: nothing in the ledger or the curated tables changes), so a recompute of one year charts them all.
    /// </summary>
    private async Task<List<(string Code, CountyEvaluation Evaluation)>> EarlierAsync(string code, IEnumerable<int> years, RejectedSchoolCounties rejected, CancellationToken ct)
    {
        var stored = home.Stored(code);
        var result = new List<(string, CountyEvaluation)>();
        CountyYear? previous = null;
        foreach (var year in years)
        {
            var current = await rejected.AddToAsync(await facts.LoadCountyYearAsync(year, stored, ct).ConfigureAwait(false), code, ct).ConfigureAwait(false);
            previous ??= await facts.LoadCountyYearAsync(year - 1, stored, ct).ConfigureAwait(false);
            var before = previous.Year == year - 1 && HasData(previous) ? previous : null;
            if (current.Schools.Count > 0 || current.Figures.Count > 0)
            {
                result.Add((code, Evaluator.Evaluate(current, before, profile)));
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

    private static bool HasData(CountyYear year) => year.Schools.Count > 0 || year.Funding.Count > 0 || year.Figures.Count > 0;

    /// <summary>Whether a county gets its 自评报告 (and booklets) under the run's <see cref="DocumentScope"/>.</summary>
    private bool WritesReports(string code) => documents is DocumentScope.All or DocumentScope.Reports || (documents == DocumentScope.Home && code == home.Code);

    private static async Task<CuratedFile> FileAsync<T>(string table, int year, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class, new() =>
        new(table, year, await ParquetTable.WriteAsync(rows, ct).ConfigureAwait(false));

    /// <summary>
    /// fact_alert is partitioned by the year an alert opened, and by county like the other facts (a county's
    /// lines are its own); resolving a line later rewrites its county's file of that year.
    /// </summary>
    private async Task<IReadOnlyList<CuratedFile>> AlertFilesAsync(IReadOnlyList<AlertRecord> lines, string? folder, CancellationToken ct)
    {
        var files = new List<CuratedFile>();
        foreach (var year in lines.Select(a => a.OpenedYear).Distinct().Order())
        {
            files.Add(await FileAsync(CuratedTables.FactAlert, year, CuratedRows.Alerts(year, lines, home), ct).ConfigureAwait(false) with { County = folder });
        }

        return files;
    }
}
