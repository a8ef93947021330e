namespace Changji.Ingestion;

/// <summary>One row of a steward's sheet: its 1-based number as the steward sees it, and each cell as text, a decimal, or null when empty.</summary>
public sealed record StewardSheetRow(int Number, IReadOnlyList<object?> Cells);
