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

    public ReportDocument Paragraph(string text)
    {
        blocks.Add(new ReportParagraph(text));
        return this;
    }

    public ReportTable Table(params string[] headers)
    {
        var table = new ReportTable(headers);
        blocks.Add(table);
        return table;
    }

    /// <summary>The Markdown source: <c>#</c> title, <c>##</c> headings, pipe tables whose cells stay on their row.</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("# ").AppendLine(Title).AppendLine();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ReportHeading h:
                    sb.Append("## ").AppendLine(h.Text).AppendLine();
                    break;
                case ReportParagraph p:
                    sb.AppendLine(p.Text).AppendLine();
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

/// <summary>A section heading (level two: the title is level one).</summary>
public sealed class ReportHeading(string text) : ReportBlock
{
    public string Text { get; } = text;
}

public sealed class ReportParagraph(string text) : ReportBlock
{
    public string Text { get; } = text;
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
