namespace Changji.Ingestion;

/// <summary>
/// What the check across files needs of an accepted funding row (its school must be in the year's statistics):
/// kept for every row of a file whose rows are not held (<see cref="IngestedFile.RowsHeld"/>).
/// </summary>
public sealed record FundingSchool(int Year, string SchoolCode, string? SchoolName);
