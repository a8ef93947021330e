namespace Changji.Ingestion.Tests.Support;

internal static class FindingAssert
{
    /// <summary>
    /// Finds the one finding with this code at this row and column, and checks that its Chinese
    /// sentence names the file, row, column and value the steward must look at.
    /// </summary>
    public static Finding Single(IngestedFile file, string code, int? row, string? column)
    {
        var matches = file.Findings.Where(f => f.Code == code && f.Row == row && f.Column == column).ToList();
        Assert.True(matches.Count == 1,
            $"expected one {code} at row {row} column {column}; got: {string.Join(" | ", file.Findings.Select(f => $"{f.Code}@{f.Row}/{f.Column}: {f.MessageZh}"))}");
        var finding = matches[0];
        Assert.Contains(file.FileName, finding.MessageZh, StringComparison.Ordinal);
        if (row is not null)
        {
            Assert.Contains($"第 {row} 行", finding.MessageZh, StringComparison.Ordinal);
        }

        if (column is not null)
        {
            Assert.Contains($"列「{column}」", finding.MessageZh, StringComparison.Ordinal);
        }

        if (!string.IsNullOrEmpty(finding.Value))
        {
            Assert.Contains(FindingValue(finding.Value), finding.MessageZh, StringComparison.Ordinal);
        }

        if (!string.IsNullOrEmpty(finding.Value) && column is not null)
        {
            Assert.Contains($"的值「{FindingValue(finding.Value)}」", finding.MessageZh, StringComparison.Ordinal);
        }

        if (finding.Sheet is not null)
        {
            Assert.Contains($"工作表 {finding.Sheet}", finding.MessageZh, StringComparison.Ordinal);
        }

        Assert.False(string.IsNullOrWhiteSpace(finding.Expected));
        Assert.EndsWith("。", finding.MessageZh, StringComparison.Ordinal);
        return finding;
    }

    /// <summary>Every finding of the file on one line, as the message of an assertion that it was accepted.</summary>
    public static string Describe(IngestedFile file) => string.Join(" | ", file.Findings.Select(f => $"{f.Code}: {f.MessageZh}"));

    private static string FindingValue(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
