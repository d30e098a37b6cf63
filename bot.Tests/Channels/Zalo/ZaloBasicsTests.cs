using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReformBot.Channels.Zalo;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.Zalo;

public sealed class ZaloBasicsTests
{
    [Fact]
    public void SignatureIsSha256OfAppIdBodyTimestampAndOaSecretKey()
    {
        const string body = """{"app_id":"42","timestamp":"1699003881354"}""";
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("42" + body + "1699003881354" + "secret")));

        Assert.Equal(expected, ZaloSignature.Compute("42", Encoding.UTF8.GetBytes(body), "1699003881354", "secret"));
        Assert.True(ZaloSignature.IsValid("mac=" + expected, "42", Encoding.UTF8.GetBytes(body), "1699003881354", "secret"));
        Assert.True(ZaloSignature.IsValid("mac=" + expected.ToUpperInvariant(), "42", Encoding.UTF8.GetBytes(body), "1699003881354", "secret"));
        Assert.False(ZaloSignature.IsValid("mac=" + expected, "42", Encoding.UTF8.GetBytes(body), "1699003881354", "other"));
    }

    [Theory]
    [InlineData("0900000101", "0900000101")]
    [InlineData("84900000101", "0900000101")]
    [InlineData("+84 900 000 101", "0900000101")]
    [InlineData("0900.000.101", "0900000101")]
    [InlineData("900000101", "0900000101")]
    public void PhoneNumbersAreCompared(string written, string national)
    {
        Assert.Equal(national, ZaloPhone.Normalize(written));
        Assert.Equal("84" + national[1..], ZaloPhone.International(written));
    }

    [Fact]
    public void DisabledByDefaultNeedsNothing()
    {
        using var factory = new ReformBotFactory();
        using var client = factory.CreateClient();

        Assert.False(factory.Services.GetRequiredService<IOptions<ZaloOptions>>().Value.Enabled);
        Assert.Null(factory.Services.GetService<ZaloInbox>());
    }

    [Fact]
    public async Task EnabledWithoutSecretsDoesNotStart()
    {
        using var factory = new ReformBotFactory(new Dictionary<string, string?> { ["Zalo:Enabled"] = "true", ["Zalo:BotEnabled"] = "true" });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Zalo:OaSecretKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("Zalo:BotSecretToken", error.Message, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task DisabledWebhooksAreNotThere()
    {
        using var factory = new ReformBotFactory();
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/zalo/oa", new StringContent("{}"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
