namespace Changji.Pipeline.Ports;

/// <summary>Reading back what <see cref="IReportStore"/> wrote, for the stewards' page to link a file's validation report.</summary>
public interface IReportReader
{
    /// <summary>The report's bytes, or null when there is none of that name.</summary>
    Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default);
}
