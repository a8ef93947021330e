using System.Text;
using System.Text.Json;
using Changji.Evaluation.Catalogue;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Counties;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Reports;

namespace Changji.Pipeline.Recompute;

/// <summary>Reads <see cref="RecomputeInputs"/>: the ledger's version first, so no ledger read later is older than it.</summary>
public sealed class RecomputeInputReader(
    IRecomputeStamps stamps,
    ISubmissionLedger submissions,
    Profile profile,
    AlertSettings settings,
    DocumentSettings documents,
    HomeCounty home,
    SchoolCalendar calendar)
{
    /// <summary>Fields included: the deadlines are (month, day) tuples, which are fields, not properties.</summary>
    private static readonly JsonSerializerOptions Exact = new(PipelineJson.Options) { IncludeFields = true };

    private readonly string settingsText = string.Join('\n',
        profile.Name,
        JsonSerializer.Serialize(settings, Exact),
        documents.Scope.ToString(),
        JsonSerializer.Serialize(home, Exact),
        PipelineBuild.Identity);

    public async Task<RecomputeInputs> ReadAsync(string request, CancellationToken cancellationToken = default)
    {
        var version = await stamps.AlertLedgerVersionAsync(cancellationToken).ConfigureAwait(false);
        var received = await submissions.ListAsync(cancellationToken).ConfigureAwait(false);
        var ledger = StableId.Sha256Hex(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(received, Exact)));
        return new RecomputeInputs(request, version, ledger, settingsText, RecomputeInputs.DayOf(calendar.Now));
    }
}
