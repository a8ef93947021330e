namespace Changji.PowerBI.Tests.Tmdl;

/// <summary>One line of a TMDL file: its depth (leading tabs) and its text without them; blank lines have depth -1.</summary>
public sealed record TmdlLine(int Depth, string Text)
{
    public bool IsBlank => Depth < 0;

    public static IReadOnlyList<TmdlLine> Split(string content) =>
        content.Replace("\r\n", "\n").Split('\n')
            .Select(raw => raw.Trim().Length == 0
                ? new TmdlLine(-1, "")
                : new TmdlLine(raw.TakeWhile(c => c == '\t').Count(), raw.TrimStart('\t').TrimEnd()))
            // Descriptions (///) document objects for users; they carry no structure.
            .Where(line => !line.Text.StartsWith("///", StringComparison.Ordinal))
            .ToList();
}
