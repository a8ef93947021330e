namespace Changji.Pipeline.Ports;

/// <summary>Where the published steward templates go (<c>templates/</c>: a folder locally, a blob container in Azure).</summary>
public interface ITemplateStore
{
    /// <summary>An xlsx template stored byte for byte; an unchanged one is not rewritten. True when it was written.</summary>
    Task<bool> WriteAsync(string name, byte[] content, CancellationToken cancellationToken = default);
}
