namespace Changji.Storage.Local;

/// <summary>
/// The embedded information database (信息库). Facts are kept as typed JSON payloads keyed by year
/// and school (or county code), next to the columns people query by; the ledgers are plain tables.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 1;

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
        CREATE TABLE IF NOT EXISTS deliveries (
            message_id TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL,
            last_error TEXT, next_attempt_at TEXT, delivered_at TEXT, PRIMARY KEY (message_id, channel));
        CREATE TABLE IF NOT EXISTS alert_ledger_version (id INTEGER PRIMARY KEY CHECK (id = 1), writes INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS recompute_stamps (request TEXT PRIMARY KEY, inputs TEXT NOT NULL, results TEXT NOT NULL);
        """;
}
