using System.Text.RegularExpressions;

namespace Changji.PowerBI.Tests.Tmdl;

/// <summary>
/// Reads TMDL's indentation structure into <see cref="TmdlNode"/>s. A multi-line expression sits two levels
/// below the line that opens it (one below that line's properties), or between ``` fences.
/// </summary>
public static partial class TmdlReader
{
    private const string Fence = "```";

    public static IReadOnlyList<TmdlNode> Read(string content)
    {
        var lines = TmdlLine.Split(content);
        var index = 0;
        var nodes = ReadSiblings(lines, ref index, 0);
        SkipBlank(lines, ref index);
        return index < lines.Count
            ? throw new FormatException($"Unexpected indentation at line: {lines[index].Text}")
            : nodes;
    }

    private static List<TmdlNode> ReadSiblings(IReadOnlyList<TmdlLine> lines, ref int index, int depth)
    {
        var nodes = new List<TmdlNode>();
        while (true)
        {
            SkipBlank(lines, ref index);
            if (index >= lines.Count || lines[index].Depth < depth)
            {
                return nodes;
            }

            if (lines[index].Depth > depth)
            {
                throw new FormatException($"Unexpected indentation at line: {lines[index].Text}");
            }

            nodes.Add(ReadNode(lines, ref index, depth));
        }
    }

    private static TmdlNode ReadNode(IReadOnlyList<TmdlLine> lines, ref int index, int depth)
    {
        var text = lines[index++].Text;
        if (PropertyPattern().Match(text) is { Success: true } property)
        {
            return new TmdlNode(property.Groups[1].Value, "", property.Groups[2].Value, null, []);
        }

        var space = text.IndexOf(' ');
        var keyword = space < 0 ? text : text[..space];
        var rest = space < 0 ? "" : text[(space + 1)..];
        var (name, afterName) = keyword == "source" || rest.StartsWith('=') ? ("", rest) : TmdlNames.Read(rest);
        string? expression = null;
        var equals = afterName.TrimStart();
        if (equals.StartsWith('='))
        {
            expression = ReadExpression(equals[1..].Trim(), lines, ref index, depth);
        }

        var children = ReadSiblings(lines, ref index, depth + 1);
        var isFlag = space < 0;
        return new TmdlNode(keyword, name, isFlag ? "true" : null, expression, children);
    }

    private static string ReadExpression(string inline, IReadOnlyList<TmdlLine> lines, ref int index, int depth)
    {
        if (inline.Length > 0 && inline != Fence)
        {
            return inline;
        }

        var body = new List<string>();
        while (index < lines.Count)
        {
            var line = lines[index];
            if (inline == Fence)
            {
                index++;
                if (line.Text == Fence)
                {
                    break;
                }

                body.Add(line.Text);
                continue;
            }

            if (!line.IsBlank && line.Depth < depth + 2)
            {
                break;
            }

            body.Add(line.IsBlank ? "" : new string('\t', line.Depth - depth - 2) + line.Text);
            index++;
        }

        return string.Join("\n", body).Trim();
    }

    private static void SkipBlank(IReadOnlyList<TmdlLine> lines, ref int index)
    {
        while (index < lines.Count && lines[index].IsBlank)
        {
            index++;
        }
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9_]*)\s*:\s*(.*)$")]
    private static partial Regex PropertyPattern();
}
