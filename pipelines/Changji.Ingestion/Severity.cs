namespace Changji.Ingestion;

/// <summary>An error rejects its row (or, with no row, its file); a warning is reported and the data kept.</summary>
public enum Severity
{
    Error,
    Warning,
}
