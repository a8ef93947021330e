namespace Changji.Ingestion.Reading;

/// <summary>A sheet or CSV read forward one row at a time; nothing is loaded whole.</summary>
internal interface IRowSource : IDisposable
{
    /// <summary>The sheet name (xlsx) or null (csv).</summary>
    string? Sheet { get; }

    /// <summary>The current row number as the steward sees it (1-based, header included).</summary>
    int RowNumber { get; }

    /// <summary>Cells in the current row; <see cref="this[int]"/> beyond it is empty.</summary>
    int Count { get; }

    Cell this[int index] { get; }

    bool Next();
}
