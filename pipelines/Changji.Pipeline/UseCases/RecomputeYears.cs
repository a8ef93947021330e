using Changji.Evaluation;
using Changji.Ingestion;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Pipeline.Alerts;
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
    SchoolCalendar calendar) : IRecomputeYears
{
    public async Task<IReadOnlyList<YearResult>> RunAsync(int fromYear, int? toYear = null, CancellationToken cancellationToken = default)
    {
        var now = calendar.Now;
        // The ledger is read once and again only after this run changed it (reading it costs a full scan).
        var ledger = await alerts.LoadAsync(cancellationToken).ConfigureAwait(false);
        var ledgerChanged = false;
        ProfileGuard.EnsureSame(profile, ledger);
        var received = await submissions.ListAsync(cancellationToken).ConfigureAwait(false);
        var years = await YearsToEvaluateAsync(received, now, cancellationToken).ConfigureAwait(false);
        var results = new List<YearResult>();
        var files = new List<CuratedFile>();
        var evaluated = new List<(CountyEvaluation Evaluation, CountyYear Facts)>();
        CountyYear? previous = null;
        foreach (var year in years.Where(y => y >= fromYear && (toYear is null || y <= toYear)))
        {
            var current = WithRejectedSchools(await facts.LoadYearAsync(year, cancellationToken).ConfigureAwait(false), received);
            previous ??= await facts.LoadYearAsync(year - 1, cancellationToken).ConfigureAwait(false);
            var before = previous.Year == year - 1 && HasData(previous) ? previous : null;
            // County figures alone are evaluated too (docs/standard.md §6): their items get statuses, the school-based ones are missing.
            var evaluation = current.Schools.Count > 0 || current.Figures.Count > 0 ? Evaluator.Evaluate(current, before, profile) : null;

            var fired = SubmissionAlertRules.Fire(year, received, settings, now).Concat(SchoolPresenceRules.Fire(current, before)).ToList();
            var rules = SubmissionAlertRules.Rules.Concat(SchoolPresenceRules.Rules).ToList();
            if (evaluation is not null)
            {
                fired.AddRange(YearAlertRules.Fire(evaluation, current, before, profile, settings).Select(f => f with { Profile = profile.Name }));
                rules.AddRange(YearAlertRules.Rules);
            }

            ledger = ledgerChanged ? await alerts.LoadAsync(cancellationToken).ConfigureAwait(false) : ledger;
            var changes = AlertReconciler.Reconcile(year, rules, AlertOwners.Assign(profile.Plan, fired), ledger, now.UtcDateTime, settings);
            ledgerChanged = !changes.IsEmpty;
            if (ledgerChanged)
            {
                await alerts.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
            }

            var findings = await submissions.FindingsAsync(year, cancellationToken).ConfigureAwait(false);
            var quality = CuratedRows.DataQuality(year, findings, received, CrossFileChecks.Run(current));
            if (HasData(current) || quality.Count > 0)
            {
                files.AddRange(await YearFilesAsync(year, current, evaluation, quality, cancellationToken).ConfigureAwait(false));
            }

            if (evaluation is not null)
            {
                evaluated.Add((evaluation, current));
            }

            results.Add(new YearResult(year, evaluation, changes, quality.Count));
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
        var earlier = evaluated.Count == 0 ? [] : await EarlierAsync(years.Where(y => y < evaluated[0].Evaluation.Year), received, cancellationToken).ConfigureAwait(false);
        await WriteSelfEvaluationsAsync([.. earlier, .. evaluated], evaluated.Count, finalLedger, received, cancellationToken).ConfigureAwait(false);
        return results;
    }

    /// <summary>
    /// Written from the final ledger, after every year is reconciled, so a year's report reads the same
    /// however often and in whatever order the years are recomputed.
    /// </summary>
    /// <param name="history">Every evaluated year, oldest first; the last <paramref name="count"/> were recomputed and get their reports.</param>
    private async Task WriteSelfEvaluationsAsync(
        IReadOnlyList<(CountyEvaluation Evaluation, CountyYear Facts)> history, int count, IReadOnlyList<AlertRecord> ledger, IReadOnlyList<SubmissionRecord> received, CancellationToken ct)
    {
        for (var i = history.Count - count; i < history.Count; i++)
        {
            var (evaluation, facts) = history[i];
            var input = new SelfEvaluationInput(evaluation, profile, facts, ledger, received) { History = [.. history.Take(i + 1).Select(h => h.Evaluation)] };
            var report = SelfEvaluationReport.Build(input);
            await reports.WriteAsync(SelfEvaluationReport.FileName(evaluation.Year), report.ToMarkdown(), ct).ConfigureAwait(false);
            await reports.WriteAsync(SelfEvaluationReport.FileName(evaluation.Year, "html"), HtmlReport.Render(SelfEvaluationReport.Title(evaluation.Year), report.ToMarkdown(embedFigures: true)), ct).ConfigureAwait(false);
            var stamp = SelfEvaluationReport.Stamp(evaluation.Year, received);
            var docx = DocxReport.Render(report, stamp);
            await reports.WriteBytesAsync(SelfEvaluationReport.FileName(evaluation.Year, "docx"), docx, ct).ConfigureAwait(false);
            await WriteBookletsAsync(input, stamp, ct).ConfigureAwait(false);
        }
    }

    /// <summary>一校一册 beside the 自评报告: each school's DOCX and HTML, and the bureau's combined DOCX.</summary>
    private async Task WriteBookletsAsync(SelfEvaluationInput input, DateTimeOffset stamp, CancellationToken ct)
    {
        var year = input.Evaluation.Year;
        var index = new BookletIndex(input);
        foreach (var school in SchoolBooklet.Schools(input))
        {
            var booklet = SchoolBooklet.Build(index, school);
            await reports.WriteBytesAsync(SchoolBooklet.FileName(year, school, "docx"), DocxReport.Render(booklet, stamp), ct).ConfigureAwait(false);
            await reports.WriteAsync(SchoolBooklet.FileName(year, school, "html"), HtmlReport.Render(booklet.Title, booklet.ToMarkdown(embedFigures: true)), ct).ConfigureAwait(false);
        }

        await reports.WriteBytesAsync(SchoolBooklet.CombinedFileName(year), DocxReport.Render(SchoolBooklet.BuildCombined(index), stamp), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Years before the first one recomputed, evaluated again for the reports' trends only (the engine is
    /// pure: nothing in the ledger or the curated tables changes), so a recompute of one year charts them all.
    /// </summary>
    private async Task<List<(CountyEvaluation Evaluation, CountyYear Facts)>> EarlierAsync(IEnumerable<int> years, IReadOnlyList<SubmissionRecord> received, CancellationToken ct)
    {
        var result = new List<(CountyEvaluation, CountyYear)>();
        CountyYear? previous = null;
        foreach (var year in years)
        {
            var current = WithRejectedSchools(await facts.LoadYearAsync(year, ct).ConfigureAwait(false), received);
            previous ??= await facts.LoadYearAsync(year - 1, ct).ConfigureAwait(false);
            var before = previous.Year == year - 1 && HasData(previous) ? previous : null;
            if (current.Schools.Count > 0 || current.Figures.Count > 0)
            {
                result.Add((Evaluator.Evaluate(current, before, profile), current));
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

    private async Task<IReadOnlyList<CuratedFile>> YearFilesAsync(
        int year, CountyYear current, CountyEvaluation? evaluation, IReadOnlyList<FactDataQualityRow> quality, CancellationToken ct)
    {
        var files = new List<CuratedFile>
        {
            new(CuratedTables.DimSchool, year, await ParquetTable.WriteAsync(CuratedRows.Schools(current, evaluation), ct).ConfigureAwait(false)),
            new(CuratedTables.DimIndicator, year, await ParquetTable.WriteAsync(CuratedRows.Indicators(profile), ct).ConfigureAwait(false)),
            new(CuratedTables.FactDataQuality, year, await ParquetTable.WriteAsync(quality, ct).ConfigureAwait(false)),
        };
        if (evaluation is not null)
        {
            files.Add(new(CuratedTables.FactSchoolIndicator, year, await ParquetTable.WriteAsync(CuratedRows.SchoolIndicators(evaluation), ct).ConfigureAwait(false)));
            files.Add(new(CuratedTables.FactSchoolCompliance, year, await ParquetTable.WriteAsync(CuratedRows.Compliance(evaluation), ct).ConfigureAwait(false)));
            files.Add(new(CuratedTables.FactCountyVariation, year, await ParquetTable.WriteAsync(CuratedRows.Variation(evaluation), ct).ConfigureAwait(false)));
            files.Add(new(CuratedTables.FactCountyIndicator, year, await ParquetTable.WriteAsync(CuratedRows.CountyIndicators(evaluation), ct).ConfigureAwait(false)));
            files.Add(new(CuratedTables.FactCountyVerdict, year, await ParquetTable.WriteAsync(CuratedRows.CountyVerdicts(evaluation, profile), ct).ConfigureAwait(false)));
        }

        return files;
    }

    /// <summary>fact_alert is partitioned by the year an alert opened; resolving it later rewrites that partition.</summary>
    private static async Task<IReadOnlyList<CuratedFile>> AlertFilesAsync(IReadOnlyList<AlertRecord> ledger, CancellationToken ct)
    {
        var files = new List<CuratedFile>();
        foreach (var year in ledger.Select(a => a.OpenedYear).Distinct().Order())
        {
            files.Add(new(CuratedTables.FactAlert, year, await ParquetTable.WriteAsync(CuratedRows.Alerts(year, ledger), ct).ConfigureAwait(false)));
        }

        return files;
    }
}
