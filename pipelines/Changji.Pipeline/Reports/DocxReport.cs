using System.IO.Compression;
using System.Text.RegularExpressions;
using Changji.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Changji.Pipeline.Reports;

/// <summary>
/// A <see cref="ReportDocument"/> as a Word document the bureau edits and submits: A4 with the margins
/// of official documents (GB/T 9704), the title in 黑体 二号, body in 仿宋 三号 (16 pt), headings in 黑体
/// 三号, a table of contents field (Word fills in the page numbers when it opens the file), page numbers
/// in the footer, tables in 仿宋 五号 whose header row repeats on every page.
/// Deterministic: the same document and stamp give the same bytes (fixed relationship ids, core
/// properties and zip entry times from the stamp given), so a rerun does not rewrite it.
/// </summary>
public static partial class DocxReport
{
    public const string TitleFont = "黑体";
    public const string HeadingFont = "黑体";
    public const string SubheadingFont = "楷体";
    public const string BodyFont = "仿宋";
    public const string LatinFont = "Times New Roman";

    /// <summary>Half-points: 二号 22 pt, 三号 16 pt, 五号 10.5 pt.</summary>
    private const string TitleSize = "44";
    private const string BodySize = "32";
    private const string TableSize = "21";

    /// <summary>Twips between the margins: A4 (11906) less 28 mm left and 26 mm right.</summary>
    private const int TextWidth = 11906 - 1588 - 1474;

    public static byte[] Render(ReportDocument document, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var raw = new MemoryStream();
        using (var package = WordprocessingDocument.Create(raw, WordprocessingDocumentType.Document))
        {
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = Styles();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
            var footer = main.AddNewPart<FooterPart>("rIdFooter");
            footer.Footer = PageNumberFooter();
            main.Document = new Document(Body(document, main));
            var core = package.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rIdCore");
            using (var writer = new StreamWriter(core.GetStream(FileMode.Create)))
            {
                writer.Write(CoreProperties(document.Title, stamp));
            }
        }

        return Normalised(raw.ToArray(), stamp);
    }

    private static Body Body(ReportDocument document, MainDocumentPart main)
    {
        var figures = 0;
        var body = new Body();
        body.Append(StyledParagraph("Title", document.Title));
        body.Append(TableOfContents(document));
        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ReportHeading h:
                    body.Append(StyledParagraph(h.Level == 1 ? "Heading1" : "Heading2", h.Text));
                    break;
                case ReportParagraph p:
                    body.Append(new Paragraph(Runs(p.Text)));
                    break;
                case ReportFigure f:
                    figures++;
                    body.Append(FigureParagraph(main, f, figures));
                    body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Caption" }), new Run(new WordText(f.Caption))));
                    break;
                case ReportPageBreak:
                    body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                    break;
                case ReportTable t:
                    body.Append(Table(t));
                    body.Append(new Paragraph());
                    break;
                default:
                    throw new InvalidOperationException(block.GetType().Name);
            }
        }

        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U }));
        return body;
    }

    /// <summary>A TOC field over Heading 1; its result lists the headings so the file reads well before Word updates it.</summary>
    private static IEnumerable<Paragraph> TableOfContents(ReportDocument document)
    {
        yield return StyledParagraph("TOCHeading", ZhCn.Text("report.docx.toc"));
        var headings = document.Blocks.OfType<ReportHeading>().Where(h => h.Level == 1).Select(h => h.Text).ToList();
        for (var i = 0; i < Math.Max(1, headings.Count); i++)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC1" }));
            if (i == 0)
            {
                paragraph.Append(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    new Run(new FieldCode(" TOC \\o \"1-1\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }

            if (i < headings.Count)
            {
                paragraph.Append(new Run(new WordText(headings[i])));
            }

            if (i == Math.Max(1, headings.Count) - 1)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            yield return paragraph;
        }
    }

    private static Table Table(ReportTable table)
    {
        var border = () => new BorderType[]
        {
            new TopBorder { Val = BorderValues.Single, Size = 4U },
            new LeftBorder { Val = BorderValues.Single, Size = 4U },
            new BottomBorder { Val = BorderValues.Single, Size = 4U },
            new RightBorder { Val = BorderValues.Single, Size = 4U },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U },
        };
        var result = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(border()),
            new TableLayout { Type = TableLayoutValues.Autofit }));
        result.Append(new TableGrid(ColumnWidths(table).Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        foreach (var h in table.Headers)
        {
            header.Append(Cell(h, bold: true));
        }

        result.Append(header);
        foreach (var row in table.Rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            foreach (var cell in row)
            {
                tr.Append(Cell(cell, bold: false));
            }

            result.Append(tr);
        }

        return result;
    }

    /// <summary>
    /// Columns share the text width by their longest cell (at most 20 characters counted), never narrower
    /// than their header on one line, so names and notes get room and short codes keep theirs.
    /// </summary>
    private static int[] ColumnWidths(ReportTable table)
    {
        var weights = table.Headers.Select((h, i) => Math.Max(h.Length + 2, Math.Min(20, table.Rows.Select(r => i < r.Count ? r[i].Length : 0).DefaultIfEmpty(0).Max()))).ToArray();
        var total = weights.Sum();
        return [.. weights.Select(w => TextWidth * w / total)];
    }

    /// <summary>A PNG inline, as wide as the text (its aspect kept), in its own image part with a fixed id.</summary>
    private static Paragraph FigureParagraph(MainDocumentPart main, ReportFigure figure, int number)
    {
        var id = $"rIdFigure{number}";
        var image = main.AddNewPart<ImagePart>("image/png", id);
        using (var stream = new MemoryStream(figure.Png))
        {
            image.FeedData(stream);
        }

        // PNG header: width and height, big-endian, at bytes 16 and 20.
        var pixelsWide = (figure.Png[16] << 24) | (figure.Png[17] << 16) | (figure.Png[18] << 8) | figure.Png[19];
        var pixelsHigh = (figure.Png[20] << 24) | (figure.Png[21] << 16) | (figure.Png[22] << 8) | figure.Png[23];
        const long emuPerTwip = 635;
        long cx = TextWidth * emuPerTwip;
        var cy = cx * pixelsHigh / pixelsWide;
        var name = $"Figure {number}";
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = (uint)number, Name = name, Description = figure.Caption },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png" },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Paragraph(
            new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Indentation { FirstLineChars = 0 }, new Justification { Val = JustificationValues.Center }),
            new Run(new Drawing(inline)));
    }

    private static TableCell Cell(string text, bool bold)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }));
        paragraph.Append(Runs(bold ? $"**{text}**" : text));
        var properties = new TableCellProperties();
        if (bold)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F3E9E9" });
        }

        return new TableCell(properties, paragraph);
    }

    /// <summary>Text with <c>**…**</c> as bold runs.</summary>
    private static IEnumerable<Run> Runs(string text)
    {
        var parts = Strong().Split(text);
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 0)
            {
                continue;
            }

            var run = new Run();
            if (i % 2 == 1)
            {
                run.Append(new RunProperties(new Bold(), new BoldComplexScript()));
            }

            run.Append(new WordText(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
            yield return run;
        }
    }

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Strong();

    private static Paragraph StyledParagraph(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Footer PageNumberFooter() => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new RunProperties(new FontSize { Val = "28" }), new WordText("— ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new RunProperties(new FontSize { Val = "28" }), new WordText("1"))) { Instruction = " PAGE " },
        new Run(new RunProperties(new FontSize { Val = "28" }), new WordText(" —") { Space = SpaceProcessingModeValues.Preserve })));

    private static RunFonts Fonts(string eastAsia) =>
        new() { Ascii = LatinFont, HighAnsi = LatinFont, ComplexScript = LatinFont, EastAsia = eastAsia, Hint = FontTypeHintValues.EastAsia };

    private static Styles Styles()
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(BodyFont), new FontSize { Val = BodySize }, new FontSizeComplexScript { Val = BodySize },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, After = "0" }))));
        styles.Append(
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new Indentation { FirstLineChars = 200 }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(
                    new SpacingBetweenLines { Before = "0", After = "560", Line = "700", LineRule = LineSpacingRuleValues.Exact },
                    new Indentation { FirstLineChars = 0 }, new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(Fonts(TitleFont), new FontSize { Val = TitleSize }, new FontSizeComplexScript { Val = TitleSize }))
            { Type = StyleValues.Paragraph, StyleId = "Title" },
            new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new Indentation { FirstLineChars = 200 }, new OutlineLevel { Val = 0 }),
                new StyleRunProperties(Fonts(HeadingFont)))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            // 楷体 for the second level, as official documents do (一、 in 黑体, （一） in 楷体).
            new Style(new StyleName { Val = "heading 2" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new Indentation { FirstLineChars = 200 }, new OutlineLevel { Val = 1 }),
                new StyleRunProperties(Fonts(SubheadingFont)))
            { Type = StyleValues.Paragraph, StyleId = "Heading2" },
            new Style(new StyleName { Val = "TOC Heading" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new Indentation { FirstLineChars = 0 }, new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(Fonts(HeadingFont)))
            { Type = StyleValues.Paragraph, StyleId = "TOCHeading" },
            new Style(new StyleName { Val = "toc 1" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new Indentation { FirstLineChars = 0 }))
            { Type = StyleValues.Paragraph, StyleId = "TOC1" },
            new Style(new StyleName { Val = "caption" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new SpacingBetweenLines { After = "240", Line = "360", LineRule = LineSpacingRuleValues.AtLeast }, new Indentation { FirstLineChars = 0 }, new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" }))
            { Type = StyleValues.Paragraph, StyleId = "Caption" },
            new Style(new StyleName { Val = "Table Text" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new SpacingBetweenLines { Line = "300", LineRule = LineSpacingRuleValues.AtLeast }, new Indentation { FirstLineChars = 0 }),
                new StyleRunProperties(new FontSize { Val = TableSize }, new FontSizeComplexScript { Val = TableSize }))
            { Type = StyleValues.Paragraph, StyleId = "TableText" });
        return styles;
    }

    private static string CoreProperties(string title, DateTimeOffset stamp)
    {
        var w3c = stamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{System.Security.SecurityElement.Escape(title)}</dc:title><dc:language>zh-CN</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">{w3c}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{w3c}</dcterms:modified></cp:coreProperties>
            """;
    }

    /// <summary>The same package with every zip entry in name order and stamped with <paramref name="stamp"/>.</summary>
    internal static byte[] Normalised(byte[] package, DateTimeOffset stamp)
    {
        var time = new DateTimeOffset(Math.Max(stamp.UtcDateTime.Year, 1980), stamp.UtcDateTime.Month, stamp.UtcDateTime.Day, stamp.UtcDateTime.Hour, stamp.UtcDateTime.Minute, stamp.UtcDateTime.Second, TimeSpan.Zero);
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = time;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
