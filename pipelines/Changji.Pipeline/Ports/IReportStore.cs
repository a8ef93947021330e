namespace Changji.Pipeline.Ports;

/// <summary>Where reports go (<c>reports/</c>): stewards' validation reports and the yearly self-evaluation report.</summary>
public interface IReportStore
{
    /// <summary>A text report (Markdown, HTML), stored as UTF-8.</summary>
    Task WriteAsync(string name, string content, CancellationToken cancellationToken = default);

    /// <summary>A text report as stored, or null when there is none, so a writer can tell that it is unchanged before producing the rest.</summary>
    Task<string?> ReadTextAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>A binary document (DOCX) stored byte for byte; an unchanged one is not rewritten.</summary>
    Task WriteBytesAsync(string name, byte[] content, CancellationToken cancellationToken = default);
}
