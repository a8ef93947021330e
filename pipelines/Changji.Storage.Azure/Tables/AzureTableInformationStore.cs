using Azure.Data.Tables;
using Changji.Pipeline.Ports;
using Changji.Storage.Azure.Resilience;

namespace Changji.Storage.Azure.Tables;

/// <summary>
/// The information database (信息库) in Azure Tables: the same ports as the embedded SQLite store.
/// Azure Tables have no transaction across tables, so a file is recorded in an order that is safe to
/// redo: facts and findings first (idempotent, ETag-checked), the submission ledger line last as the
/// commit marker. A crash in between leaves no ledger line, the next delivery of the file runs
/// again and overwrites the same rows. Keys and partitions: docs/azure.md.
/// </summary>
public sealed partial class AzureTableInformationStore : ISubmissionLedger, IFactStore, IAlertLedger, IDeliveryLedger, IRecomputeStamps
{
    private readonly TableClient schools;
    private readonly TableClient facts;
    private readonly TableClient funding;
    private readonly TableClient county;
    private readonly TableClient submissions;
    private readonly TableClient findings;
    private readonly TableClient alerts;
    private readonly AzureResilience resilience;
    private readonly TimeProvider clock;

    /// <param name="clock">Orders the outbox by when messages were queued; the system clock unless a test fixes it.</param>
    public AzureTableInformationStore(TableServiceClient tables, AzureStorageNames names, AzureResilience resilience, TimeProvider? clock = null)
    {
        this.clock = clock ?? TimeProvider.System;
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(resilience);
        this.resilience = resilience;
        schools = tables.GetTableClient(names.SchoolsTable);
        facts = tables.GetTableClient(names.FactsTable);
        funding = tables.GetTableClient(names.FundingTable);
        county = tables.GetTableClient(names.CountyTable);
        submissions = tables.GetTableClient(names.SubmissionsTable);
        findings = tables.GetTableClient(names.FindingsTable);
        alerts = tables.GetTableClient(names.AlertsTable);
    }
}
