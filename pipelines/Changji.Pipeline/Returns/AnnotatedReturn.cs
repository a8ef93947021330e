using Changji.Ingestion;
using Changji.Pipeline.Submissions;
using Changji.Text;

namespace Changji.Pipeline.Returns;

/// <summary>
/// The annotated return (批注版) of a file with rows returned: an xlsx copy of the steward's own rows with
/// each offending cell filled and commented, after a 问题汇总 sheet (docs/outputs.md §7). The steward fixes
/// it (or the original) and drops it again. Pure: bytes in, bytes out.
/// </summary>
public static class AnnotatedReturn
{
    /// <summary>Beside the validation report: <c>{year}/{file name}.{first 8 hex of its SHA-256}.批注.xlsx</c>.</summary>
    public static string NameOf(SubmissionRecord submission)
    {
        var report = ValidationReport.NameOf(submission);
        return report[..^".md".Length] + ".批注.xlsx";
    }

    /// <summary>
    /// Whether a file gets one: rows were read and some of them not accepted (a row's error, or a
    /// verdict on the whole file after its rows were read). A file refused before its rows — unreadable,
    /// no known header — has no rows of its own to give back.
    /// </summary>
    public static bool IsWanted(SubmissionRecord submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return submission.RowsRejected > 0;
    }

    /// <summary>The workbook, or null when the rows cannot be read again (the same reader failed the same way).</summary>
    /// <param name="maxRows">The most rows copied: the ingestion's row limit, plus room for a title and the header.</param>
    public static byte[]? Build(byte[] content, SubmissionRecord submission, IngestedFile file, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Build(new MemoryStream(content, writable: false), submission, file, maxRows);
    }

    /// <inheritdoc cref="Build(byte[], SubmissionRecord, IngestedFile, int)"/>
    /// <param name="content">A seekable stream of the file at its start (the received file as spooled), read forward; left open.</param>
    /// <param name="submission">The file's ledger line.</param>
    /// <param name="file">The file's findings.</param>
    /// <param name="maxRows">The most rows copied: the ingestion's row limit, plus room for a title and the header.</param>
    public static byte[]? Build(Stream content, SubmissionRecord submission, IngestedFile file, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            using var sheet = StewardSheet.Open(content, submission.Path);
            if (sheet is null)
            {
                return null;
            }

            var name = System.IO.Path.GetFileName(submission.Path);
            var stamp = new DateTimeOffset(DateTime.SpecifyKind(submission.ReceivedAtUtc, DateTimeKind.Utc));
            return AnnotatedWorkbook.Write(name, DataSheetName(sheet, file, name), sheet.Rows(maxRows), textOnly: sheet.Sheet is null, file.Findings, stamp);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // The ingestion read these bytes already; if a second read fails, the validation report still says everything.
            return null;
        }
    }

    /// <summary>
    /// The steward's sheet name when the ingestion would pick it again, else the kind's, so a dropped
    /// annotated return is read from its data sheet rather than from 问题汇总.
    /// </summary>
    private static string DataSheetName(StewardSheet sheet, IngestedFile file, string fileName)
    {
        var name = sheet.NamedAfterKind ? sheet.Sheet! : file.Kind?.ToChinese() ?? sheet.Sheet ?? System.IO.Path.GetFileNameWithoutExtension(fileName);
        name = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]);
        name = name.Length > 31 ? name[..31] : name;
        return name.Length == 0 || name == ZhCn.Text("annotated.summary.sheet") ? FileKind.Statistics.ToChinese() : name;
    }
}
