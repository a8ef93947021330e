namespace Changji.Ingestion.Reading;

/// <summary>
/// Guards text written into a spreadsheet or CSV that people open in Excel or WPS (templates,
/// exports): a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return
/// would be taken for a formula (CSV injection, as the OWASP guidance calls it). Such text gets a
/// leading apostrophe, which spreadsheet programs show as plain text. Reading never needs this:
/// ingestion keeps such cells as text and evaluates nothing (docs/input-files.md, Formats).
/// </summary>
public static class SpreadsheetText
{
    /// <summary>
    /// The text unchanged when it is safe, else with an apostrophe in front. Full-width
    /// <c>＝ ＋ － ＠</c> are treated alike, since some spreadsheet programs fold them. Apply it to
    /// text cells only: a number written as a number needs no guard.
    /// </summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && IsFormulaStart(text[0]) ? "'" + text : text;
    }

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠';
}
