using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>An RSA key made in the test, published in a JWKS (with endorsements) and used to sign tokens.</summary>
public sealed class SigningKey : IDisposable
{
    private readonly RSA rsa = RSA.Create(2048);

    public SigningKey(string kid, params string[] endorsements)
    {
        Kid = kid;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = kid };
    }

    public string Kid { get; }
    public IReadOnlyList<string> Endorsements { get; }
    public RsaSecurityKey SecurityKey { get; }

    public JsonObject ToJwk()
    {
        var parameters = rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements.Count > 0)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)e)]);
        }

        return jwk;
    }

    public string CreateToken(IDictionary<string, object> claims, string issuer, string? audience, DateTimeOffset notBefore, DateTimeOffset expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            NotBefore = notBefore.UtcDateTime,
            IssuedAt = notBefore.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(SecurityKey, SecurityAlgorithms.RsaSha256),
        });

    public void Dispose() => rsa.Dispose();
}
