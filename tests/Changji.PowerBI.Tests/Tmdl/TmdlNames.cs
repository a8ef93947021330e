namespace Changji.PowerBI.Tests.Tmdl;

/// <summary>TMDL object names: bare (<c>fact_alert</c>) or single-quoted with '' as escape (<c>'level'</c>).</summary>
public static class TmdlNames
{
    /// <summary>Reads a name at the start of <paramref name="text"/>; returns it and the rest of the text.</summary>
    public static (string Name, string Remainder) Read(string text)
    {
        text = text.TrimStart();
        if (!text.StartsWith('\''))
        {
            var end = text.IndexOfAny([' ', '=', '.', '\t']);
            return end < 0 ? (text, "") : (text[..end], text[end..]);
        }

        var name = new System.Text.StringBuilder();
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] != '\'')
            {
                name.Append(text[i]);
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '\'')
            {
                name.Append('\'');
                i++;
                continue;
            }

            return (name.ToString(), text[(i + 1)..]);
        }

        throw new FormatException($"Unterminated quoted name: {text}");
    }

    /// <summary>Reads <c>Table.Column</c> (either part may be quoted).</summary>
    public static (string Table, string Column) ReadQualified(string text)
    {
        var (table, rest) = Read(text);
        if (!rest.StartsWith('.'))
        {
            throw new FormatException($"Expected Table.Column: {text}");
        }

        return (table, Read(rest[1..]).Name);
    }
}
