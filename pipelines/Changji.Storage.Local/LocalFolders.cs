namespace Changji.Storage.Local;

/// <summary>
/// Where <c>changji run</c> reads and writes: the drop zone (<c>--input</c>) and, under the output
/// folder, <c>infodb.sqlite</c> (信息库), <c>raw/</c>, <c>reports/</c>, <c>curated/</c>, <c>outbox/</c> and <c>templates/</c>.
/// </summary>
public sealed record LocalFolders
{
    public LocalFolders(string outputFolder, string inputFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(inputFolder);
        Root = Path.GetFullPath(outputFolder);
        Input = Path.GetFullPath(inputFolder);
    }

    public string Input { get; }
    public string Root { get; }
    public string Database => Path.Combine(Root, "infodb.sqlite");
    public string Raw => Path.Combine(Root, "raw");
    public string Reports => Path.Combine(Root, "reports");
    public string Curated => Path.Combine(Root, "curated");
    public string Outbox => Path.Combine(Root, "outbox");
    public string Templates => Path.Combine(Root, "templates");
}
