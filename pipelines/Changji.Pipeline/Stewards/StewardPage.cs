namespace Changji.Pipeline.Stewards;

/// <summary>
/// The stewards' page (plain HTML, CSS and JavaScript under <c>Stewards/Page/</c>, no build step),
/// embedded in this assembly so both hosts serve the same bytes.
/// </summary>
public static class StewardPage
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["steward.css"] = "text/css; charset=utf-8",
        ["steward.js"] = "text/javascript; charset=utf-8",
    };

    /// <summary>The asset of this name (<c>index.html</c> for an empty one) with its content type, or null.</summary>
    public static (byte[] Content, string ContentType)? Find(string? name)
    {
        var key = string.IsNullOrEmpty(name) ? "index.html" : name;
        if (!Types.TryGetValue(key, out var type))
        {
            return null;
        }

        using var stream = typeof(StewardPage).Assembly.GetManifestResourceStream($"steward-page/{key}")
            ?? throw new InvalidOperationException($"The page asset {key} is not embedded.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return (buffer.ToArray(), type);
    }
}
