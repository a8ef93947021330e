namespace Changji.Ingestion.Header;

/// <summary>
/// One column of a kind as docs/input-files.md defines it: its Chinese name (with the default unit, if
/// any), its English alias, whether the header must carry it, and whether its values are counts.
/// </summary>
internal sealed record ColumnSpec(
    string Key,
    string Name,
    bool HeaderRequired = false,
    Dimension Dimension = Dimension.None,
    Unit? DefaultUnit = null,
    IReadOnlyList<string>? ExtraNames = null,
    bool WholeNumber = false)
{
    /// <summary>Every spelling that names this column, before unit handling.</summary>
    public IEnumerable<string> Spellings()
    {
        yield return Name;
        yield return Key;
        // teaching_area_m2 may also be written teaching_area (the unit then defaults).
        if (Key.EndsWith("_m2", StringComparison.Ordinal))
        {
            yield return Key[..^3];
        }

        foreach (var extra in ExtraNames ?? [])
        {
            yield return extra;
        }
    }
}
