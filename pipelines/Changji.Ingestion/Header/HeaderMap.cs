namespace Changji.Ingestion.Header;

/// <summary>The recognised header of a file: its kind and where each known column sits.</summary>
internal sealed class HeaderMap(KindSchema schema, int headerRow, IReadOnlyDictionary<string, BoundColumn> columns)
{
    public KindSchema Schema { get; } = schema;
    public FileKind Kind => Schema.Kind;
    public int HeaderRow { get; } = headerRow;
    public int Width { get; } = columns.Count == 0 ? 0 : columns.Values.Max(c => c.Index) + 1;

    public BoundColumn? Find(string key) => columns.GetValueOrDefault(key);

    /// <summary>The header as the steward wrote it, or the spec's Chinese name for an absent column.</summary>
    public string Label(string key) => Find(key)?.Header ?? Schema.Column(key).Name;
}
