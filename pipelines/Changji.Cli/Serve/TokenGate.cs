using System.Text.Json;
using Changji.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Changji.Cli.Serve;

/// <summary>
/// Every request of <c>changji serve --listen-any</c> must carry the start-up token: in the cookie the
/// server sets when the printed address (<c>/?token=…</c>) is opened, or as <c>Authorization: Bearer</c>
/// for scripts. Anything else is 401 with a Chinese sentence; nothing is served or written.
/// </summary>
internal static class TokenGate
{
    public const string Cookie = "changji_token";
    public const string Query = "token";

    public static async Task InvokeAsync(HttpContext context, string token, RequestDelegate next)
    {
        if (context.Request.Query.TryGetValue(Query, out var offered) && AccessToken.Matches(token, offered.ToString()))
        {
            // The page sends the cookie with every asset and API call by itself; redirecting drops the token from the
            // address bar and history. SameSite=Strict keeps other sites' pages from using it.
            context.Response.Cookies.Append(Cookie, token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
            context.Response.Redirect(WithoutToken(context.Request), permanent: false);
            return;
        }

        if (AccessToken.Matches(token, context.Request.Cookies[Cookie]) || AccessToken.Matches(token, Bearer(context.Request)))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        var message = ZhCn.Text("serve.token.refused");
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await context.Response.WriteAsJsonAsync(new { message }, JsonSerializerOptions.Web).ConfigureAwait(false);
        }
        else
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(message).ConfigureAwait(false);
        }
    }

    private static string? Bearer(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { } value && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..].Trim() : null;

    private static string WithoutToken(HttpRequest request)
    {
        var query = new QueryBuilder(request.Query.Where(q => q.Key != Query).SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
