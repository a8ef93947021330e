namespace Changji.Ingestion.Findings;

/// <summary>Collects the findings of one file; knows the file and sheet every finding is located in.</summary>
internal sealed class FindingSink(string file)
{
    private readonly List<Finding> items = [];

    public string File { get; } = file;
    public string? Sheet { get; set; }
    public IReadOnlyList<Finding> Items => items;

    /// <summary>True once an error without a row was added: such an error rejects the whole file.</summary>
    public bool HasFileError { get; private set; }

    public void Error(string code, int? row, string? column, string? value, string problem, string expected) =>
        Add(Severity.Error, code, row, column, value, problem, expected);

    public void Warning(string code, int? row, string? column, string? value, string problem, string expected) =>
        Add(Severity.Warning, code, row, column, value, problem, expected);

    /// <summary>An error that rejects the file even though it points at a row (header, year).</summary>
    public void FileError(string code, int? row, string? column, string? value, string problem, string expected)
    {
        Add(Severity.Error, code, row, column, value, problem, expected);
        HasFileError = true;
    }

    private void Add(Severity severity, string code, int? row, string? column, string? value, string problem, string expected)
    {
        if (severity == Severity.Error && row is null)
        {
            HasFileError = true;
        }

        items.Add(new Finding
        {
            File = File,
            Sheet = Sheet,
            Row = row,
            Column = column,
            Value = value,
            Expected = expected,
            Severity = severity,
            Code = code,
            MessageZh = FindingMessage.Compose(File, Sheet, row, column, value, problem, expected),
        });
    }
}
