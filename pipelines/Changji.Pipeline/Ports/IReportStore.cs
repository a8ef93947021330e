namespace Changji.Pipeline.Ports;

/// <summary>Where validation reports for stewards go (<c>reports/</c>).</summary>
public interface IReportStore
{
    Task WriteAsync(string name, string content, CancellationToken cancellationToken = default);
}
