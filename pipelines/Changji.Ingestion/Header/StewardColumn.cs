namespace Changji.Ingestion.Header;

/// <summary>
/// One column of a steward file as a template shows it: the exact header the ingestion recognises
/// (with the default unit), its bare Chinese name, unit, whether required, what its cells hold, and
/// what it means (<paramref name="Description"/>, the 填报说明's 含义: meaning, unit and the rules beyond the cell's type).
/// </summary>
public sealed record StewardColumn(
    string Key,
    string Header,
    string Name,
    string? Unit,
    bool Required,
    StewardValue Value,
    IReadOnlyList<string> Choices,
    string Description);
