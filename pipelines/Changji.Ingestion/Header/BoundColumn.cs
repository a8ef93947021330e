namespace Changji.Ingestion.Header;

/// <summary>A column of the file matched to its spec: where it is, how it was written, its unit.</summary>
internal sealed record BoundColumn(int Index, string Header, ColumnSpec Spec, Unit? Unit);
