namespace Changji.Ingestion.Header;

/// <summary>
/// Every spelling of every column of every kind, normalized, so a header cell is looked up once.
/// Spellings are indexed both whole and without their unit, so "教学仪器设备资产值（千元）" finds
/// the 万元 column and applies 千元.
/// </summary>
internal static class HeaderLexicon
{
    private static readonly Dictionary<string, List<(KindSchema Schema, ColumnSpec Spec)>> Whole = [];
    private static readonly Dictionary<string, List<(KindSchema Schema, ColumnSpec Spec)>> Bases = [];

    static HeaderLexicon()
    {
        foreach (var schema in KindSchemas.All)
        {
            foreach (var spec in schema.Columns)
            {
                foreach (var spelling in spec.Spellings())
                {
                    var key = HeaderText.Normalize(spelling);
                    Add(Whole, key, schema, spec);
                    var isUnit = HeaderText.TrySplitUnit(key, out var baseName, out var unit) && Unit.Find(unit) is not null;
                    Add(Bases, isUnit ? baseName : key, schema, spec);
                }
            }
        }
    }

    public static IReadOnlyList<HeaderCandidate> Lookup(string header)
    {
        var key = HeaderText.Normalize(header);
        if (key.Length == 0)
        {
            return [];
        }

        if (Whole.TryGetValue(key, out var exact))
        {
            return exact.Select(m => new HeaderCandidate(m.Schema, m.Spec, m.Spec.DefaultUnit ?? NoUnit, null)).ToList();
        }

        if (!HeaderText.TrySplitUnit(key, out var baseName, out var unitText))
        {
            // "教学仪器设备资产值" with no unit written means the column's default unit.
            return Bases.TryGetValue(key, out var bare)
                ? bare.Select(m => new HeaderCandidate(m.Schema, m.Spec, m.Spec.DefaultUnit ?? NoUnit, null)).ToList()
                : [];
        }
        if (!Bases.TryGetValue(baseName, out var stripped))
        {
            return [];
        }

        var unit = Unit.Find(unitText);
        return stripped.Select(m => new HeaderCandidate(m.Schema, m.Spec, Fits(unit, m.Spec) ? unit : null, unitText)).ToList();
    }

    /// <summary>Stands for "no unit needed" so that a null unit always means a unit that does not fit.</summary>
    public static Unit NoUnit { get; } = new(string.Empty, Dimension.None, 1m);

    /// <summary>A money or area unit must measure what the column measures; a count unit fits any unitless column.</summary>
    private static bool Fits(Unit? unit, ColumnSpec spec) => unit switch
    {
        null => false,
        { Dimension: Dimension.Count } => spec.Dimension == Dimension.None,
        _ => spec.Dimension != Dimension.None && unit.Dimension == spec.Dimension,
    };

    private static void Add(Dictionary<string, List<(KindSchema, ColumnSpec)>> index, string key, KindSchema schema, ColumnSpec spec)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains((schema, spec)))
        {
            list.Add((schema, spec));
        }
    }
}
