namespace Changji.Ingestion.Header;

/// <summary>A column a header cell may mean; <see cref="Unit"/> is null when its unit does not fit.</summary>
internal sealed record HeaderCandidate(KindSchema Schema, ColumnSpec Spec, Unit? Unit, string? UnitText);
