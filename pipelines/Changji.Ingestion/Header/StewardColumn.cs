namespace Changji.Ingestion.Header;

/// <summary>
/// One column of a steward file as a template shows it: the exact header the ingestion recognises
/// (with the default unit), its bare Chinese name, unit, whether required, and what its cells hold.
/// </summary>
public sealed record StewardColumn(
    string Key,
    string Header,
    string Name,
    string? Unit,
    bool Required,
    StewardValue Value,
    IReadOnlyList<string> Choices);
