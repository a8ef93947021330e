using System.Net;
using Markdig;

namespace Changji.Pipeline.Reports;

/// <summary>
/// A Markdown report as a standalone HTML page a leader opens in any browser or prints to PDF:
/// UTF-8, zh-CN, CJK fonts, tables ruled for print (A4). The Markdown stays the source of truth.
/// </summary>
public static class HtmlReport
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    private const string Style = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Zen Hei", "PingFang SC", sans-serif;
               max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.6; color: #222; }
        h1 { font-size: 1.6em; border-bottom: 2px solid #b22; padding-bottom: .3em; }
        h2 { font-size: 1.25em; margin-top: 1.6em; color: #8a1c1c; }
        table { border-collapse: collapse; width: 100%; margin: .8em 0; font-size: .92em; }
        th, td { border: 1px solid #999; padding: .3em .5em; vertical-align: top; text-align: left; }
        th { background: #f3e9e9; }
        tr:nth-child(even) td { background: #fafafa; }
        @page { size: A4; margin: 18mm; }
        @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
        """;

    /// <param name="title">The page title (escaped here).</param>
    /// <param name="markdown">The report; raw HTML in it (a steward's text could carry some) is escaped, never rendered.</param>
    public static string Render(string title, string markdown)
    {
        var body = Markdown.ToHtml(markdown, Pipeline);
        return $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)}</title>
            <style>
            {Style}
            </style>
            </head>
            <body>
            {body}
            </body>
            </html>
            """;
    }
}
