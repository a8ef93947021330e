namespace Changji.Storage.Local;

/// <summary>
/// The embedded information database (信息库). Facts are kept as typed JSON payloads keyed by year
/// and school (or county code), next to the columns people query by; the ledgers are plain tables.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 2;

    /// <summary>The county of a fact or ledger line as its payload stores it: null for the home county.</summary>
    public const string County = "json_extract(payload, '$.countyCode')";

    public const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS submissions (
            sha256 TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, path TEXT NOT NULL, kind TEXT, year INTEGER,
            status TEXT NOT NULL, received_at TEXT NOT NULL, payload TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS findings (
            sha256 TEXT NOT NULL, ordinal INTEGER NOT NULL, year INTEGER, severity TEXT NOT NULL, code TEXT NOT NULL,
            payload TEXT NOT NULL, PRIMARY KEY (sha256, ordinal));
        CREATE TABLE IF NOT EXISTS schools (
            school_code TEXT PRIMARY KEY, school_name TEXT NOT NULL, school_type TEXT NOT NULL,
            first_year INTEGER NOT NULL, last_year INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS school_statistics (
            year INTEGER NOT NULL, school_code TEXT NOT NULL, school_name TEXT NOT NULL, school_type TEXT NOT NULL,
            source_sha256 TEXT NOT NULL, payload TEXT NOT NULL, PRIMARY KEY (year, school_code));
        CREATE TABLE IF NOT EXISTS school_funding (
            year INTEGER NOT NULL, school_code TEXT NOT NULL, source_sha256 TEXT NOT NULL, payload TEXT NOT NULL,
            PRIMARY KEY (year, school_code));
        CREATE TABLE IF NOT EXISTS county_figures (
            year INTEGER NOT NULL, code TEXT NOT NULL, source_sha256 TEXT NOT NULL, payload TEXT NOT NULL,
            PRIMARY KEY (year, code));
        CREATE TABLE IF NOT EXISTS alerts (
            alert_id TEXT PRIMARY KEY, alert_key TEXT NOT NULL, rule TEXT NOT NULL, status TEXT NOT NULL,
            opened_year INTEGER NOT NULL, payload TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS alerts_by_key ON alerts (alert_key);
        CREATE TABLE IF NOT EXISTS outbox (
            message_id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, payload TEXT NOT NULL, sent_at TEXT);
        -- the pending messages in outbox order, so a drain's pages do not walk the sent history
        CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (seq) WHERE sent_at IS NULL;
        CREATE TABLE IF NOT EXISTS deliveries (
            message_id TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL,
            last_error TEXT, next_attempt_at TEXT, delivered_at TEXT, PRIMARY KEY (message_id, channel));
        CREATE TABLE IF NOT EXISTS alert_ledger_version (id INTEGER PRIMARY KEY CHECK (id = 1), writes INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS recompute_stamps (request TEXT PRIMARY KEY, inputs TEXT NOT NULL, results TEXT NOT NULL);
        """;

    /// <summary>
    /// Each step brings a database of the version before it to its own version; a new database gets them
    /// all. Indexes on the payload's county, so a recompute of one county (issue 10) reads its rows only,
    /// without a new column the writers would have to fill.
    /// </summary>
    public static IReadOnlyList<(int Version, string Sql)> Migrations { get; } =
    [
        (2, $"""
            CREATE INDEX IF NOT EXISTS school_statistics_by_county ON school_statistics (year, {County});
            CREATE INDEX IF NOT EXISTS school_funding_by_county ON school_funding (year, {County});
            CREATE INDEX IF NOT EXISTS county_figures_by_county ON county_figures (year, {County});
            CREATE INDEX IF NOT EXISTS alerts_by_county ON alerts ({County});
            """),
    ];
}
