using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Changji.Text;

namespace Changji.Pipeline.Returns;

/// <summary>
/// Cell comments (批注) as Excel and WPS keep them: the texts in a comments part, and for each a hidden
/// note shape in a legacy VML drawing, which is what makes a spreadsheet program show the red corner
/// and the text on hover. The sheet refers to the drawing by <see cref="CopySheet.DrawingId"/>.
/// </summary>
internal static class CellComments
{
    /// <summary>VML shape ids come in blocks of 1024 per drawing (o:idmap); ids below 1025 are reserved.</summary>
    private const int ShapesPerBlock = 1024;

    public static void Add(WorksheetPart sheet, IReadOnlyList<CellNote> notes)
    {
        var comments = sheet.AddNewPart<WorksheetCommentsPart>("rIdComments");
        comments.Comments = new Comments(
            new Authors(new Author(ZhCn.Text("annotated.comment.author"))),
            new CommentList(notes.Select(n => new Comment(new CommentText(new Run(new DocumentFormat.OpenXml.Spreadsheet.Text(n.Text) { Space = SpaceProcessingModeValues.Preserve })))
            {
                Reference = n.Reference,
                AuthorId = 0,
            })));
        var drawing = sheet.AddNewPart<VmlDrawingPart>(CopySheet.DrawingId);
        using var stream = drawing.GetStream(FileMode.Create);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        writer.Write(Vml(notes));
    }

    private static string Vml(IReadOnlyList<CellNote> notes)
    {
        var inv = CultureInfo.InvariantCulture;
        var blocks = string.Join(",", Enumerable.Range(1, (notes.Count / ShapesPerBlock) + 1));
        var sb = new StringBuilder()
            .Append("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">")
            .Append(inv, $"<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"{blocks}\"/></o:shapelayout>")
            .Append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">")
            .Append("<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        for (var i = 0; i < notes.Count; i++)
        {
            var (row, column) = (notes[i].Row - 1, notes[i].Column);
            sb.Append(inv, $"<v:shape id=\"_x0000_s{ShapesPerBlock + 1 + i}\" type=\"#_x0000_t202\" ")
                .Append("style=\"position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:90pt;z-index:1;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
                .Append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>")
                .Append("<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>")
                .Append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>")
                .Append(inv, $"<x:Anchor>{column + 1}, 15, {Math.Max(0, row - 1)}, 10, {column + 5}, 15, {row + 5}, 4</x:Anchor>")
                .Append(inv, $"<x:AutoFill>False</x:AutoFill><x:Row>{row}</x:Row><x:Column>{column}</x:Column></x:ClientData></v:shape>");
        }

        return sb.Append("</xml>").ToString();
    }
}
