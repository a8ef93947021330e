namespace Changji.Functions.Auth;

/// <summary>
/// Settings <c>StewardAuth__…</c>: the Microsoft Entra ID tenant that signs the stewards in and the app
/// registration their tokens are for (docs/azure.md, "Stewards' page"). Nothing here names a cloud:
/// the authority is the cloud's login endpoint and the tenant (Bicep writes it from
/// <c>environment().authentication.loginEndpoint</c>), and endpoints and keys come from its metadata.
/// </summary>
public sealed class StewardAuthOptions
{
    public const string Section = "StewardAuth";

    /// <summary>Setting <c>StewardAuth__Authority</c>: the tenant's authority, without <c>/v2.0</c>.</summary>
    public string Authority { get; set; } = "";

    /// <summary>Setting <c>StewardAuth__ClientId</c>: the app registration's application (client) id; tokens must be for it.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>Setting <c>StewardAuth__Scope</c>: the scope the page asks for; default <c>api://{ClientId}/access_as_user</c>.</summary>
    public string? Scope { get; set; }

    /// <summary>The OpenID Connect metadata of the v2.0 endpoint: issuer, signing keys, authorize and token endpoints.</summary>
    public Uri MetadataAddress => new($"{Authority.TrimEnd('/')}/v2.0/.well-known/openid-configuration");

    /// <summary>The audiences a token may name: the client id, or the application id URI the admin sets (docs/azure.md).</summary>
    public IReadOnlyList<string> Audiences => [ClientId, $"api://{ClientId}"];

    public string EffectiveScope => string.IsNullOrWhiteSpace(Scope) ? $"api://{ClientId}/access_as_user" : Scope;

    /// <summary>
    /// Both settings are needed for the page's API; without them every call is refused (no anonymous
    /// access). HTTPS is required where the metadata is read (<see cref="StewardTokenValidator.Metadata"/>).
    /// </summary>
    public bool Configured => Uri.TryCreate(Authority, UriKind.Absolute, out _) && !string.IsNullOrWhiteSpace(ClientId);
}
