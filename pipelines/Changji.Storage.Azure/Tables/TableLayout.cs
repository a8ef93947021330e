namespace Changji.Storage.Azure.Tables;

/// <summary>The fixed partition keys and row-key prefixes of the information database (docs/azure.md).</summary>
internal static class TableLayout
{
    /// <summary><c>submissions</c>: one ledger line per file, RowKey = SHA-256.</summary>
    public const string SubmissionPartition = "submission";

    /// <summary><c>submissions</c>: the receipt counter (RowKey <see cref="SequenceRow"/>), incremented with ETag checks.</summary>
    public const string SequencePartition = "sequence";
    public const string SequenceRow = "submissions";

    /// <summary><c>submissions</c>: index of <c>incoming/</c> blobs already taken (path and ETag), for the reconcile timer.</summary>
    public const string BlobIndexPartition = "blob";

    /// <summary><c>schools</c>: the registry of every school ever reported, RowKey = school code.</summary>
    public const string SchoolPartition = "school";

    /// <summary><c>alerts</c>: alert lines and outbox messages of a county share one partition, so one batch stores both atomically.</summary>
    public const string LedgerPartition = "ledger";
    public const string AlertPrefix = "alert|";
    public const string OutboxPrefix = "outbox|";

    /// <summary><c>alerts</c>: the delivery ledger, RowKey = message id | channel name (escaped).</summary>
    public const string DeliveryPartition = "delivery";

    /// <summary>
    /// The ledger partition of a county's lines and messages: <c>ledger</c> for the home county (stored
    /// without a code, as every line before counties existed), <c>ledger-{code}</c> for another.
    /// </summary>
    public static string LedgerOf(string? county) => county is null ? LedgerPartition : LedgerPartition + "-" + TableKey.Escape(county);

    /// <summary>Every county's ledger partition: <c>ledger</c> and all <c>ledger-…</c> ('.' sorts right after '-'); <c>delivery</c> is outside.</summary>
    public static (string From, string Below) LedgerRange => (LedgerPartition, LedgerPartition + ".");

    /// <summary>
    /// <c>alerts</c>: the alert ledger's version (RowKey <see cref="LedgerVersionRow"/>) and the stamps of the last
    /// completed recomputes (RowKey <see cref="StampPrefix"/> + request); outside <see cref="LedgerRange"/>.
    /// </summary>
    public const string RecomputePartition = "recompute";
    public const string LedgerVersionRow = "alert-ledger-version";
    public const string StampPrefix = "stamp|";

    public const string Source = "SourceSha256";
    public const string PreviousSource = "PreviousSourceSha256";
}
