using Changji.Pipeline.Submissions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Changji.Functions.Auth;

/// <summary>
/// Validates a bearer token of the stewards' page in the app, on every call: signature against the
/// tenant's published keys, issuer from its metadata, audience this registration, lifetime by the
/// injected clock. Works on any hosting plan and in any cloud (the authority names it), which the
/// platform's built-in authentication does not promise on Flex Consumption. Null for any invalid token.
/// </summary>
public sealed class StewardTokenValidator(StewardAuthOptions options, IConfigurationManager<OpenIdConnectConfiguration> metadata, TimeProvider clock)
{
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(2);
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    /// <summary>The metadata read over HTTPS from the authority, cached and refreshed as the library does.</summary>
    public static IConfigurationManager<OpenIdConnectConfiguration> Metadata(StewardAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ConfigurationManager<OpenIdConnectConfiguration>(options.MetadataAddress.AbsoluteUri, new OpenIdConnectConfigurationRetriever());
    }

    public async Task<StewardCaller?> ValidateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (!options.Configured || authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var config = await metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var result = await handler.ValidateTokenAsync(authorization["Bearer ".Length..].Trim(), Parameters(config)).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return null;
        }

        var identity = result.ClaimsIdentity;
        var id = identity.FindFirst("oid")?.Value;
        var name = identity.FindFirst("name")?.Value ?? identity.FindFirst("preferred_username")?.Value ?? id;
        return string.IsNullOrWhiteSpace(id)
            ? null
            : new StewardCaller(new Uploader(name!, id), identity.FindAll("roles").Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration config) => new()
    {
        ValidIssuer = config.Issuer,
        IssuerSigningKeys = config.SigningKeys,
        ValidAudiences = options.Audiences,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        LifetimeValidator = (notBefore, expires, _, _) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return expires is { } end && now <= end + Skew && (notBefore is not { } start || now >= start - Skew);
        },
        NameClaimType = "name",
        RoleClaimType = "roles",
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
    };
}
