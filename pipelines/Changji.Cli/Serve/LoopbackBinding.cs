using System.Net;

namespace Changji.Cli.Serve;

/// <summary>
/// Which of the addresses Kestrel reports it bound are not loopback. <c>changji serve</c> listens on
/// 127.0.0.1 in code, but Kestrel also binds endpoints named in configuration (<c>Kestrel__Endpoints__…</c>
/// environment variables); without <c>--listen-any</c> such a bind is refused after the fact.
/// </summary>
public static class LoopbackBinding
{
    public static IReadOnlyList<string> NonLoopback(IEnumerable<string> urls) =>
        urls.Where(u => !IsLoopback(u)).ToList();

    private static bool IsLoopback(string url)
    {
        // Kestrel reports wildcard binds as http://[::]:p, http://0.0.0.0:p or http://+:p / *:p, which Uri cannot always parse.
        if (!Uri.TryCreate(url.Replace("://+", "://any", StringComparison.Ordinal).Replace("://*", "://any", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
