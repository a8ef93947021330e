using Changji.Ingestion;

namespace Changji.Pipeline.Submissions;

/// <summary>A finding as kept in the information database, tied to its file.</summary>
public sealed record StoredFinding(string Sha256, int Year, Finding Finding);
