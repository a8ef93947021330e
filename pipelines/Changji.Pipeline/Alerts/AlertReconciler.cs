using Changji.Evaluation.Catalogue;

namespace Changji.Pipeline.Alerts;

/// <summary>
/// Compares the alerts that fire for one year with the ledger: opens what is new, resolves (销号)
/// what no longer fires, and leaves the rest alone, so evaluating the same year twice changes nothing.
/// </summary>
public static class AlertReconciler
{
    /// <param name="year">The school year just evaluated.</param>
    /// <param name="evaluatedRules">The rules this pass evaluated; alerts of other rules are left as they are.</param>
    /// <param name="fired">What fires for <paramref name="year"/>.</param>
    /// <param name="ledger">The whole alert ledger.</param>
    /// <param name="nowUtc">When this pass runs (stamped on new and resolved alerts).</param>
    /// <param name="settings">Days to rectify by severity (the due date of a new alert); null for the defaults.</param>
    public static AlertChanges Reconcile(
        int year,
        IReadOnlyCollection<AlertRule> evaluatedRules,
        IReadOnlyList<FiredAlert> fired,
        IReadOnlyList<AlertRecord> ledger,
        DateTime nowUtc,
        AlertSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(evaluatedRules);
        ArgumentNullException.ThrowIfNull(fired);
        ArgumentNullException.ThrowIfNull(ledger);

        var byKey = ledger.ToLookup(a => a.Key);
        var upserts = new List<AlertRecord>();
        var messages = new List<AlertMessage>();
        var firedKeys = new HashSet<string>(StringComparer.Ordinal);

        foreach (var alert in fired)
        {
            if (!firedKeys.Add(alert.Key))
            {
                continue;
            }

            var records = byKey[alert.Key].ToList();
            var covering = records.FirstOrDefault(r => Covers(r, year));
            if (covering is null)
            {
                var opened = Open(alert, records.Count(r => r.OpenedYear == year), nowUtc, settings ?? AlertSettings.Default);
                upserts.Add(opened);
                messages.Add(AlertMessageFactory.Create(opened, alert.Rule, AlertEventType.Opened, year, nowUtc));
            }
            else if (covering.Status == AlertStatus.Open && year > covering.LastSeenYear)
            {
                upserts.Add(WithOwners(covering with { LastSeenYear = year, MessageZh = alert.MessageZh }, alert.Owners));
            }
            else if (covering.Status == AlertStatus.Open && !SameOwners(covering, alert.Owners))
            {
                // The plan was edited (or the line predates owners): the open line names today's owners.
                upserts.Add(WithOwners(covering, alert.Owners));
            }
        }

        var rules = evaluatedRules.ToDictionary(r => r.Code, StringComparer.Ordinal);
        foreach (var open in ledger.Where(a => a.Status == AlertStatus.Open && !firedKeys.Contains(a.Key)))
        {
            if (!rules.TryGetValue(open.Rule, out var rule) || !IsDecidedBy(open, rule, year))
            {
                continue;
            }

            var resolved = open with { Status = AlertStatus.Resolved, ResolvedYear = year, ResolvedAtUtc = nowUtc };
            upserts.Add(resolved);
            messages.Add(AlertMessageFactory.Create(resolved, rule, AlertEventType.Resolved, year, nowUtc));
        }

        return upserts.Count == 0 ? AlertChanges.None : AlertChanges.DecidedFrom(ledger, upserts, messages);
    }

    /// <summary>An alert accounts for a year it was open in, so a rerun of that year opens nothing new.</summary>
    private static bool Covers(AlertRecord record, int year) =>
        record.OpenedYear <= year && (record.Status == AlertStatus.Open || record.ResolvedYear > year);

    /// <summary>Across-years alerts are decided by any year from their opening on; within-year ones only by their own year.</summary>
    private static bool IsDecidedBy(AlertRecord open, AlertRule rule, int year) =>
        rule.AcrossYears ? open.OpenedYear <= year : open.OpenedYear == year;

    private static AlertRecord WithOwners(AlertRecord record, PlanOwners? owners) =>
        record with { ResponsibleUnits = UnitsOf(owners), Measures = MeasuresOf(owners) };

    private static bool SameOwners(AlertRecord record, PlanOwners? owners) =>
        Equals(record.ResponsibleUnits, UnitsOf(owners)) && Equals(record.Measures, MeasuresOf(owners));

    private static ValueList<string>? UnitsOf(PlanOwners? owners) => owners is { Units.Count: > 0 } ? ValueList.From(owners.Units) : null;

    private static ValueList<int>? MeasuresOf(PlanOwners? owners) => owners is { Measures.Count: > 0 } ? ValueList.From(owners.Measures) : null;

    private static AlertRecord Open(FiredAlert alert, int earlierOpeningsThisYear, DateTime nowUtc, AlertSettings settings) => new()
    {
        AlertId = StableId.Of(alert.Key, alert.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), earlierOpeningsThisYear.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Key = alert.Key,
        Rule = alert.Rule.Code,
        Severity = alert.Rule.SeverityCode,
        Subject = alert.Subject,
        SchoolCode = alert.SchoolCode,
        Level = alert.Level,
        IndicatorCode = alert.IndicatorCode,
        MessageZh = alert.MessageZh,
        Profile = alert.Profile,
        CountyCode = alert.County,
        Status = AlertStatus.Open,
        OpenedYear = alert.Year,
        OpenedAtUtc = nowUtc,
        LastSeenYear = alert.Year,
        ResponsibleUnits = UnitsOf(alert.Owners),
        Measures = MeasuresOf(alert.Owners),
        DueDate = RectificationDeadline.DueDate(nowUtc, alert.Rule.Severity, settings),
    };
}
