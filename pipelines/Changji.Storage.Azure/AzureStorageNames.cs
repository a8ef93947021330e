namespace Changji.Storage.Azure;

/// <summary>
/// Container, queue and table names. <see cref="Default"/> matches <c>infra/storage-names.json</c>
/// (the deployed resources); tests take <see cref="WithPrefix"/> so each test class has its own.
/// </summary>
public sealed record AzureStorageNames
{
    public string Incoming { get; init; } = "incoming";
    public string Raw { get; init; } = "raw";
    public string Curated { get; init; } = "curated";
    public string Reports { get; init; } = "reports";
    /// <summary>One empty blob per school year, leased by whoever ingests or recomputes that year (<c>BlobYearLocks</c>).</summary>
    public string Locks { get; init; } = "locks";
    /// <summary>The steward templates of each school year, published each September (<c>PublishTemplates</c>).</summary>
    public string Templates { get; init; } = "templates";
    /// <summary>The nightly snapshots of the tables (<c>TableBackup</c>); the lifecycle rule keeps 35 days of them.</summary>
    public string Backup { get; init; } = "backup";
    public string IngestQueue { get; init; } = "ingest-requests";
    public string RecomputeQueue { get; init; } = "recompute-requests";
    public string SchoolsTable { get; init; } = "schools";
    public string FactsTable { get; init; } = "facts";
    public string FundingTable { get; init; } = "funding";
    public string CountyTable { get; init; } = "county";
    public string SubmissionsTable { get; init; } = "submissions";
    public string FindingsTable { get; init; } = "findings";
    public string AlertsTable { get; init; } = "alerts";

    public static AzureStorageNames Default { get; } = new();

    /// <summary>The Functions runtime moves a message here after <c>maxDequeueCount</c> failed attempts.</summary>
    public static string PoisonQueueOf(string queue) => queue + "-poison";

    public IReadOnlyList<string> Containers => [Incoming, Raw, Curated, Reports, Locks, Templates, Backup];

    public IReadOnlyList<string> Queues => [IngestQueue, RecomputeQueue];

    public IReadOnlyList<string> Tables => [SchoolsTable, FactsTable, FundingTable, CountyTable, SubmissionsTable, FindingsTable, AlertsTable];

    /// <summary>
    /// Every name prefixed: containers and queues take <c>{prefix}-name</c>, tables (letters and digits
    /// only) <c>{prefix}name</c>. The prefix must be lower-case letters and digits, starting with a letter.
    /// </summary>
    public static AzureStorageNames WithPrefix(string prefix)
    {
        if (!IsValidPrefix(prefix))
        {
            throw new ArgumentException("Prefix must be lower-case ASCII letters and digits, starting with a letter.", nameof(prefix));
        }

        var d = Default;
        string C(string name) => $"{prefix}-{name}";
        string T(string name) => prefix + name;
        return new AzureStorageNames
        {
            Incoming = C(d.Incoming),
            Raw = C(d.Raw),
            Curated = C(d.Curated),
            Reports = C(d.Reports),
            Locks = C(d.Locks),
            Templates = C(d.Templates),
            Backup = C(d.Backup),
            IngestQueue = C(d.IngestQueue),
            RecomputeQueue = C(d.RecomputeQueue),
            SchoolsTable = T(d.SchoolsTable),
            FactsTable = T(d.FactsTable),
            FundingTable = T(d.FundingTable),
            CountyTable = T(d.CountyTable),
            SubmissionsTable = T(d.SubmissionsTable),
            FindingsTable = T(d.FindingsTable),
            AlertsTable = T(d.AlertsTable),
        };
    }

    /// <summary>Lower-case ASCII letters and digits, starting with a letter: valid in container, queue and table names alike.</summary>
    public static bool IsValidPrefix(string? prefix) =>
        !string.IsNullOrEmpty(prefix) && char.IsAsciiLetterLower(prefix[0]) && prefix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));
}
