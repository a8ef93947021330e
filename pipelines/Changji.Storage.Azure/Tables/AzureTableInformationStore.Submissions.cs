using Azure;
using Azure.Data.Tables;
using Changji.Ingestion;
using Changji.Pipeline;
using Changji.Pipeline.Submissions;

namespace Changji.Storage.Azure.Tables;

public sealed partial class AzureTableInformationStore
{
    public async Task<SubmissionRecord?> FindAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var found = await TableReads.FindAsync(submissions, TableLayout.SubmissionPartition, sha256, cancellationToken).ConfigureAwait(false);
        return found is null ? null : PipelineJson.Deserialize<SubmissionRecord>(PayloadColumns.Read(found));
    }

    public async Task<IReadOnlyList<SubmissionRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        (await CommittedAsync(cancellationToken).ConfigureAwait(false)).Select(c => c.Record).ToList();

    public async Task<IReadOnlyList<StoredFinding>> FindingsAsync(int year, CancellationToken cancellationToken = default)
    {
        var order = (await CommittedAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Record.Sha256, c => c.Sequence, StringComparer.Ordinal);
        var rows = await TableReads.PartitionAsync(findings, TableKey.Year(year), cancellationToken).ConfigureAwait(false);
        return rows
            .Select(e => (Sha: e.GetString("Sha256"), Ordinal: e.GetInt32("Ordinal") ?? 0, Entity: e))
            .Where(r => order.ContainsKey(r.Sha)) // findings of a file whose ledger line is not written yet are not committed
            .OrderBy(r => order[r.Sha]).ThenBy(r => r.Ordinal)
            .Select(r => new StoredFinding(r.Sha, year, PipelineJson.Deserialize<Finding>(PayloadColumns.Read(r.Entity))))
            .ToList();
    }

    public Task<IReadOnlyList<string>> RecordAsync(SubmissionRecord submission, IngestedFile content, CancellationToken cancellationToken = default) =>
        RecordAsync(submission, content, content.Rejected ? [] : [RowChunk.Of(content)], cancellationToken);

    /// <summary>
    /// Each chunk is written as one file's rows were before: grouped by partition (year and county), in batches of at
    /// most 100; a partition a file's chunks share is read once per chunk. The schools registry is written once, after the
    /// last chunk, from what each statistics row names (<see cref="SchoolSighting"/>).
    /// </summary>
    public async Task<IReadOnlyList<string>> RecordAsync(SubmissionRecord submission, IngestedFile content, IEnumerable<RowChunk> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(rows);
        if (await FindAsync(submission.Sha256, cancellationToken).ConfigureAwait(false) is not null)
        {
            return [];
        }

        var replaced = new List<string>();
        if (!content.Rejected)
        {
            var sha = submission.Sha256;
            var sightings = new List<SchoolSighting>();
            foreach (var chunk in rows)
            {
                replaced.AddRange(await FactWriter.ReplaceAsync(resilience, facts, chunk.Statistics, s => s.Year, s => s.CountyCode, s => s.SchoolCode, sha, (e, s) =>
                {
                    e["SchoolName"] = s.SchoolName;
                    e["SchoolType"] = s.SchoolType.ToString();
                }, cancellationToken).ConfigureAwait(false));
                replaced.AddRange(await FactWriter.ReplaceAsync(resilience, funding, chunk.Funding, f => f.Year, f => f.CountyCode, f => f.SchoolCode, sha, null, cancellationToken).ConfigureAwait(false));
                replaced.AddRange(await FactWriter.ReplaceAsync(resilience, county, chunk.Figures, c => c.Year, c => c.CountyCode, c => c.StoreKey(), sha, null, cancellationToken).ConfigureAwait(false));
                sightings.AddRange(chunk.Statistics.Select(SchoolSighting.Of));
            }

            await SchoolRegistry.RegisterAsync(resilience, schools, sightings, cancellationToken).ConfigureAwait(false);
        }

        await WriteFindingsAsync(submission, content.Findings, cancellationToken).ConfigureAwait(false);
        var stored = submission with { Replaced = replaced };
        return await CommitAsync(stored, cancellationToken).ConfigureAwait(false) ? replaced : [];
    }

    /// <summary>Idempotent upserts: a redo after a crash writes the same rows again.</summary>
    private Task WriteFindingsAsync(SubmissionRecord submission, IReadOnlyList<Finding> found, CancellationToken ct)
    {
        var pk = TableKey.Year(submission.Year);
        var actions = found.Select((f, i) =>
        {
            var entity = new TableEntity(pk, $"{submission.Sha256}-{i:D6}")
            {
                ["Sha256"] = submission.Sha256,
                ["Ordinal"] = i,
                ["Severity"] = f.Severity.ToCode(),
                ["Code"] = f.Code,
            };
            PayloadColumns.Write(entity, PipelineJson.Serialize(f));
            return new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity);
        });
        return TableBatches.SubmitAsync(findings, actions, ct);
    }

    /// <summary>The ledger line, written last: the file counts as received only once it exists. False when another delivery committed it first.</summary>
    private async Task<bool> CommitAsync(SubmissionRecord stored, CancellationToken ct)
    {
        var sequence = await NextSequenceAsync(ct).ConfigureAwait(false);
        var entity = new TableEntity(TableLayout.SubmissionPartition, stored.Sha256)
        {
            ["Sequence"] = sequence,
            ["Path"] = stored.Path,
            ["Kind"] = stored.Kind is null ? null : stored.Kind.Value.ToCode(),
            ["Year"] = stored.Year,
            ["Status"] = stored.Status.ToCode(),
            ["ReceivedAtUtc"] = DateTime.SpecifyKind(stored.ReceivedAtUtc, DateTimeKind.Utc),
        };
        PayloadColumns.Write(entity, PipelineJson.Serialize(stored));
        try
        {
            await submissions.AddEntityAsync(entity, ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException error) when (error.Status == 409)
        {
            return false;
        }
    }

    /// <summary>The receipt order: a counter incremented with an ETag check, so two files never share a number.</summary>
    private Task<long> NextSequenceAsync(CancellationToken ct) => resilience.OnConflictAsync(async c =>
    {
        var counter = await TableReads.FindAsync(submissions, TableLayout.SequencePartition, TableLayout.SequenceRow, c).ConfigureAwait(false);
        if (counter is null)
        {
            await submissions.AddEntityAsync(new TableEntity(TableLayout.SequencePartition, TableLayout.SequenceRow) { ["Value"] = 1L }, c).ConfigureAwait(false);
            return 1L;
        }

        var next = checked((counter.GetInt64("Value") ?? 0) + 1);
        counter["Value"] = next;
        await submissions.UpdateEntityAsync(counter, counter.ETag, TableUpdateMode.Replace, c).ConfigureAwait(false);
        return next;
    }, ct);

    private async Task<List<(SubmissionRecord Record, long Sequence)>> CommittedAsync(CancellationToken ct)
    {
        var rows = await TableReads.PartitionAsync(submissions, TableLayout.SubmissionPartition, ct).ConfigureAwait(false);
        return rows
            .Select(e => (Record: PipelineJson.Deserialize<SubmissionRecord>(PayloadColumns.Read(e)), Sequence: e.GetInt64("Sequence") ?? 0))
            .OrderBy(r => r.Sequence).ThenBy(r => r.Record.Sha256, StringComparer.Ordinal)
            .ToList();
    }
}
