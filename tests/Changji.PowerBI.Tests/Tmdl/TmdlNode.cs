namespace Changji.PowerBI.Tests.Tmdl;

/// <summary>
/// One TMDL declaration: an object (<c>column x = …</c>) or a property (<c>dataType: int64</c>, <c>isHidden</c>,
/// <c>source = …</c>). <see cref="Expression"/> is the text after <c>=</c>, across lines when it continues below.
/// </summary>
public sealed record TmdlNode(string Keyword, string Name, string? Value, string? Expression, IReadOnlyList<TmdlNode> Children)
{
    public string? Property(string key) =>
        Children.FirstOrDefault(c => c.Keyword == key) is { } p ? p.Value ?? p.Expression : null;

    public bool HasFlag(string key) => Children.Any(c => c.Keyword == key);

    public IEnumerable<TmdlNode> Objects(string keyword) => Children.Where(c => c.Keyword == keyword);
}
