using Changji.Ingestion;

namespace Changji.Pipeline.Stewards;

/// <summary>One finding of a file as the page shows it: where (sheet, row, column), the value, and the Chinese message.</summary>
public sealed record StewardFinding(string Severity, string SeverityZh, string? Sheet, int? Row, string? Column, string? Value, string Message)
{
    public static StewardFinding From(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(finding.Severity.ToCode(), finding.Severity.ToChinese(), finding.Sheet, finding.Row, finding.Column, finding.Value, finding.MessageZh);
    }
}
