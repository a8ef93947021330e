using System.Text.Json;
using System.Text.Json.Serialization;
using Changji.Evaluation.Results;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.UseCases;

namespace Changji.Pipeline.Recompute;

/// <summary>
/// What a recompute returned, kept with its stamp so a skipped recompute returns what the full one would:
/// the same evaluations, verdicts and findings, and no alert events (a full recompute over inputs it left
/// unchanged decides none: the reconciliation is idempotent).
/// </summary>
public static class StoredYearResults
{
    /// <summary>Exact doubles (shortest round-trip form), NaN included.</summary>
    private static readonly JsonSerializerOptions Options = new(PipelineJson.Options) { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static string Write(IReadOnlyList<YearResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return JsonSerializer.Serialize(results.Select(r => new Year(r.Year, r.Evaluation, r.Findings, r.Counties)).ToList(), Options);
    }

    public static IReadOnlyList<YearResult> Read(string json)
    {
        var years = JsonSerializer.Deserialize<List<Year>>(json, Options) ?? throw new InvalidDataException("Empty stored recompute results.");
        return years.Select(y => new YearResult(y.Number, y.Evaluation, AlertChanges.None, y.Findings) { Counties = y.Counties }).ToList();
    }

    private sealed record Year(int Number, CountyEvaluation? Evaluation, int Findings, IReadOnlyDictionary<string, CountyVerdicts> Counties);
}
