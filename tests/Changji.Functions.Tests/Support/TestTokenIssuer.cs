using System.Security.Cryptography;
using System.Text.Json;
using Changji.Functions.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Changji.Functions.Tests.Support;

/// <summary>
/// A token issuer of our own standing in for Microsoft Entra ID: a signing key generated here, its
/// OpenID metadata and keys served over real HTTP on loopback, and tokens signed with it. The app's
/// validator reads them exactly as it reads the tenant's (only plain HTTP is allowed, for loopback).
/// </summary>
internal sealed class TestTokenIssuer : IDisposable
{
    public const string ClientId = "6f0a3c55-0000-4000-8000-00000000c1d0";
    private readonly RSA rsa = RSA.Create(2048);
    private readonly LoopbackHttpServer? server;
    private readonly Uri root;

    /// <summary>Metadata and keys served by a loopback server of its own.</summary>
    public TestTokenIssuer()
    {
        server = new LoopbackHttpServer();
        root = server.BaseUrl;
        Key = new RsaSecurityKey(rsa) { KeyId = "test-key" };
        for (var i = 0; i < 20; i++)
        {
            server.Answer((200, MetadataJson), (200, KeysJson));
        }
    }

    /// <summary>Metadata and keys served by the caller under <paramref name="root"/> (paths <c>tenant/v2.0/.well-known/openid-configuration</c>, <c>keys</c>, <c>oauth2/v2.0/…</c>).</summary>
    public TestTokenIssuer(Uri root)
    {
        this.root = root;
        Key = new RsaSecurityKey(rsa) { KeyId = "test-key" };
    }

    private Uri Url(string path) => new(root, path);

    public string MetadataJson => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["jwks_uri"] = Url("keys").AbsoluteUri,
        ["authorization_endpoint"] = Url("oauth2/v2.0/authorize").AbsoluteUri,
        ["token_endpoint"] = Url("oauth2/v2.0/token").AbsoluteUri,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
    });

    public string KeysJson
    {
        get
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(Key);
            return JsonSerializer.Serialize(new { keys = new[] { new { kty = "RSA", use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        }
    }

    public RsaSecurityKey Key { get; }

    public string Issuer => Url("tenant/v2.0").AbsoluteUri;

    public StewardAuthOptions Options => new() { Authority = Url("tenant").AbsoluteUri.TrimEnd('/'), ClientId = ClientId };

    /// <summary>The real configuration manager over the loopback metadata (HTTP allowed only here).</summary>
    public IConfigurationManager<OpenIdConnectConfiguration> Metadata() =>
        new ConfigurationManager<OpenIdConnectConfiguration>(Options.MetadataAddress.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = false });

    /// <summary>A signed access token as Entra issues it: name, oid, roles; valid an hour around <paramref name="now"/>.</summary>
    public string Token(DateTimeOffset now, string[] roles, string? audience = null, SecurityKey? signWith = null, TimeSpan? expiresIn = null)
    {
        var claims = new Dictionary<string, object> { ["oid"] = "0b5e0000-0000-4000-8000-0000000000a1", ["name"] = "周七", ["tid"] = "tenant" };
        if (roles.Length > 0)
        {
            claims["roles"] = roles;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience ?? $"api://{ClientId}",
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime.AddMinutes(-5),
            Expires = now.UtcDateTime + (expiresIn ?? TimeSpan.FromHours(1)),
            SigningCredentials = new SigningCredentials(signWith ?? Key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose()
    {
        server?.Dispose();
        rsa.Dispose();
    }
}
