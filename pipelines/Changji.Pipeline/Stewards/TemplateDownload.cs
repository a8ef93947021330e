using Changji.Pipeline.Templates;

namespace Changji.Pipeline.Stewards;

/// <summary>A template to download, or why there is none (a Chinese sentence the hosts answer with 404).</summary>
public sealed record TemplateDownload(TemplateFile? File, string? MissingZh)
{
    public static TemplateDownload Missing(string messageZh) => new(null, messageZh);
}
