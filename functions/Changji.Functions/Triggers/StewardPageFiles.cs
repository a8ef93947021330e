using Changji.Functions.Auth;
using Changji.Pipeline.Stewards;
using Changji.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Changji.Functions.Triggers;

/// <summary>
/// The stewards' page itself (<c>/api/steward/</c>) and where it signs in. Both are public: the page's
/// files hold no data, and the sign-in settings (tenant, client id, endpoints) are what any Entra
/// sign-in page shows. Every data call goes through <see cref="StewardApi"/>, which checks the token.
/// </summary>
public sealed class StewardPageFiles(StewardAuthOptions auth, IConfigurationManager<OpenIdConnectConfiguration> metadata)
{
    [Function("StewardPage")]
    public IActionResult Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "steward/{asset?}")] HttpRequest request, string? asset)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Relative links of the page resolve only below a trailing slash.
        if (string.IsNullOrEmpty(asset) && !request.Path.Value!.EndsWith('/'))
        {
            return new RedirectResult(request.Path.Value + "/");
        }

        return StewardPage.Find(asset) is { } file ? new FileContentResult(file.Content, file.ContentType) : new NotFoundResult();
    }

    /// <summary>What the page needs for the authorization-code flow with PKCE (no secret: a single-page application registration).</summary>
    [Function("StewardAuthConfig")]
    public async Task<IActionResult> AuthConfigAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "steward/api/auth")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (!auth.Configured)
        {
            return StewardJson.Message(StatusCodes.Status503ServiceUnavailable, ZhCn.Text("steward.auth.not_configured"));
        }

        var config = await metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        return StewardJson.Of(new
        {
            clientId = auth.ClientId,
            scope = auth.EffectiveScope,
            authorizeEndpoint = config.AuthorizationEndpoint,
            tokenEndpoint = config.TokenEndpoint,
        });
    }
}
