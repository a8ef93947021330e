using System.Text;

namespace Changji.Pipeline.Reports;

/// <summary>
/// A report as a small document model — a title, then headings, paragraphs and tables — written once
/// and rendered to Markdown (hence HTML) and to DOCX, so every text of the report exists in one place.
/// Text may mark strong emphasis as <c>**…**</c>; each renderer turns it into its own bold.
/// </summary>
public sealed class ReportDocument(string title)
{
    private readonly List<ReportBlock> blocks = [];

    public string Title { get; } = title;

    public IReadOnlyList<ReportBlock> Blocks => blocks;

    public ReportDocument Heading(string text)
    {
        blocks.Add(new ReportHeading(text));
        return this;
    }

    /// <summary>A heading one level below <see cref="Heading(string)"/> (a section within a school of the combined 一校一册).</summary>
    public ReportDocument Subheading(string text)
    {
        blocks.Add(new ReportHeading(text, 2));
        return this;
    }

    public ReportDocument Paragraph(string text)
    {
        blocks.Add(new ReportParagraph(text));
        return this;
    }

    /// <summary>The next block starts a new page in print (DOCX); nothing in the text renderings.</summary>
    public ReportDocument PageBreak()
    {
        blocks.Add(new ReportPageBreak());
        return this;
    }

    /// <summary>A chart as a PNG with its caption.</summary>
    public ReportDocument Figure(string caption, byte[] png)
    {
        blocks.Add(new ReportFigure(caption, () => png));
        return this;
    }

    /// <summary>A chart drawn only when a renderer needs its PNG: the Markdown source leaves figures out, so an unchanged report is recognised without drawing.</summary>
    public ReportDocument Figure(string caption, Func<byte[]> render)
    {
        blocks.Add(new ReportFigure(caption, render));
        return this;
    }

    public ReportTable Table(params string[] headers)
    {
        var table = new ReportTable(headers);
        blocks.Add(table);
        return table;
    }

    /// <summary>
    /// The Markdown source: <c>#</c> title, <c>##</c> headings, pipe tables whose cells stay on their row.
    /// Figures are left out of the <c>.md</c> file (it stays text) and embedded as data URIs for the HTML page.
    /// </summary>
    public string ToMarkdown(bool embedFigures = false)
    {
        var sb = new StringBuilder();
        sb.Append("# ").AppendLine(Title).AppendLine();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ReportHeading h:
                    sb.Append('#', h.Level + 1).Append(' ').AppendLine(h.Text).AppendLine();
                    break;
                case ReportParagraph p:
                    sb.AppendLine(p.Text).AppendLine();
                    break;
                case ReportFigure f:
                    if (embedFigures)
                    {
                        sb.Append("![").Append(f.Caption).Append("](data:image/png;base64,").Append(Convert.ToBase64String(f.Png)).AppendLine(")").AppendLine();
                    }

                    break;
                case ReportPageBreak:
                    break;
                case ReportTable t:
                    var table = new MarkdownTable([.. t.Headers]);
                    foreach (var row in t.Rows)
                    {
                        table.Add([.. row]);
                    }

                    table.WriteTo(sb);
                    break;
                default:
                    throw new InvalidOperationException(block.GetType().Name);
            }
        }

        return sb.ToString();
    }
}

/// <summary>One block of a <see cref="ReportDocument"/>.</summary>
public abstract class ReportBlock;

/// <summary>A section heading: level 1 (Markdown <c>##</c>, the title being <c>#</c>) or level 2 (<c>###</c>).</summary>
public sealed class ReportHeading(string text, int level = 1) : ReportBlock
{
    public string Text { get; } = text;

    public int Level { get; } = level;
}

/// <summary>A page break (the combined 一校一册 starts each school on a new page).</summary>
public sealed class ReportPageBreak : ReportBlock;

public sealed class ReportParagraph(string text) : ReportBlock
{
    public string Text { get; } = text;
}

/// <summary>A chart: PNG bytes (drawn on first use) and the caption shown under it (and as its alternative text).</summary>
public sealed class ReportFigure(string caption, Func<byte[]> render) : ReportBlock
{
    private readonly Lazy<byte[]> png = new(render);

    public string Caption { get; } = caption;

    public byte[] Png => png.Value;
}

/// <summary>A table with one header row (repeated on every page in print).</summary>
public sealed class ReportTable(IReadOnlyList<string> headers) : ReportBlock
{
    private readonly List<IReadOnlyList<string>> rows = [];

    public IReadOnlyList<string> Headers { get; } = headers;

    public IReadOnlyList<IReadOnlyList<string>> Rows => rows;

    public ReportTable Add(params string?[] cells)
    {
        rows.Add([.. cells.Select(c => c ?? "")]);
        return this;
    }
}
