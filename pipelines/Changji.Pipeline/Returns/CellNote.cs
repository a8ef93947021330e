using Changji.Pipeline.Templates;

namespace Changji.Pipeline.Returns;

/// <summary>A comment on one cell: its 1-based row, 0-based column, and the Chinese messages it holds.</summary>
internal sealed record CellNote(int Row, int Column, string Text)
{
    public string Reference => TemplateCells.Reference(Column + 1, (uint)Row);
}
