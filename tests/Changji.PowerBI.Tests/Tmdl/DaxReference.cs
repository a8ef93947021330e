using System.Text.RegularExpressions;

namespace Changji.PowerBI.Tests.Tmdl;

/// <summary>A name a DAX expression uses: <c>Table[Column]</c> (Table set) or a bare <c>[Name]</c> (measure, or a column of the row's own table).</summary>
public sealed record DaxReference(string? Table, string Name);

/// <summary>Extracts the model names a DAX expression refers to; string literals are skipped first.</summary>
public static partial class DaxReferences
{
    public static IReadOnlyList<DaxReference> In(string dax)
    {
        var code = StringLiteral().Replace(dax, "\"\"");
        return Reference().Matches(code)
            .Select(m => new DaxReference(
                m.Groups["quoted"].Success ? m.Groups["quoted"].Value.Replace("''", "'")
                    : m.Groups["bare"].Success ? m.Groups["bare"].Value : null,
                m.Groups["name"].Value.Replace("]]", "]")))
            .ToList();
    }

    /// <summary>Identifiers that follow the model's table naming (dim_*, fact_*), used without brackets, e.g. <c>COUNTROWS(fact_alert)</c>.</summary>
    public static IReadOnlyList<string> TableLikeIdentifiers(string dax)
    {
        var code = Reference().Replace(StringLiteral().Replace(dax, "\"\""), "");
        return TableLike().Matches(code).Select(m => m.Value).Distinct().ToList();
    }

    [GeneratedRegex("\"(?:[^\"]|\"\")*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?:'(?<quoted>(?:[^']|'')+)'|(?<bare>\b[A-Za-z_][A-Za-z0-9_]*))?\[(?<name>(?:[^\]]|\]\])+)\]")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\b(?:dim|fact)_[a-z0-9_]+\b")]
    private static partial Regex TableLike();
}
