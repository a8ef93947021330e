using System.Globalization;
using System.Text;

namespace Changji.Text;

/// <summary>A message template split once into literal text and <c>{name}</c> placeholders.</summary>
internal sealed class Template
{
    private readonly IReadOnlyList<(bool IsPlaceholder, string Text)> segments;

    private Template(IReadOnlyList<(bool, string)> parts) => segments = parts;

    /// <summary>The placeholder names, in order of appearance (repeats included).</summary>
    public IEnumerable<string> Placeholders => segments.Where(p => p.IsPlaceholder).Select(p => p.Text);

    public static Template Parse(string key, string text)
    {
        var parts = new List<(bool, string)>();
        var start = 0;
        while (start < text.Length)
        {
            var open = text.IndexOf('{', start);
            if (open < 0)
            {
                parts.Add((false, text[start..]));
                break;
            }

            var close = text.IndexOf('}', open);
            if (close < 0 || !IsName(text.AsSpan(open + 1, close - open - 1)))
            {
                throw new CatalogueTextException($"Template '{key}' has a malformed placeholder at {open}: {text}");
            }

            if (open > start)
            {
                parts.Add((false, text[start..open]));
            }

            parts.Add((true, text[(open + 1)..close]));
            start = close + 1;
        }

        return new Template(parts);
    }

    public string Render(string key, ReadOnlySpan<(string Name, object? Value)> args)
    {
        // Most templates are plain text looked up per cell while reading a file: no copy for those.
        if (segments.Count == 1 && !segments[0].IsPlaceholder)
        {
            return segments[0].Text;
        }

        var text = new StringBuilder();
        foreach (var (isPlaceholder, part) in segments)
        {
            if (!isPlaceholder)
            {
                text.Append(part);
                continue;
            }

            text.Append(Find(key, part, args));
        }

        return text.ToString();
    }

    private static string Find(string key, string name, ReadOnlySpan<(string Name, object? Value)> args)
    {
        foreach (var (argName, value) in args)
        {
            if (argName == name)
            {
                return value switch
                {
                    null => string.Empty,
                    string s => s,
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString() ?? string.Empty,
                };
            }
        }

        throw new CatalogueTextException($"Template '{key}' needs the argument '{name}', which was not given.");
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !char.IsAsciiLetterLower(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
