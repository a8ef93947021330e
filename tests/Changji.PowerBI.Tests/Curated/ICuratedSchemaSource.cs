namespace Changji.PowerBI.Tests.Curated;

/// <summary>
/// Where the tests learn the curated Parquet schema. Today it is derived from the row contracts; a source that
/// opens real files produced from the samples can replace it without touching the tests.
/// </summary>
public interface ICuratedSchemaSource
{
    IReadOnlyList<CuratedTable> Tables { get; }
}
