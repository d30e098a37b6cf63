using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReformBot.Channels.BotFramework;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.BotFramework;

public sealed class BotOptionsTests
{
    [Theory]
    [InlineData("Bot:MicrosoftAppType", "SingleTenant", "Bot:MicrosoftAppTenantId")]
    [InlineData("Bot:MicrosoftAppPassword", "", "Bot:MicrosoftAppPassword is required")]
    [InlineData("Bot:OpenIdMetadataUrl", "/relative", "Bot:OpenIdMetadataUrl must be an absolute")]
    [InlineData("Bot:TrustedServiceUrls:0", "smba.trafficmanager.net", "Bot:TrustedServiceUrls must be an absolute")]
    [InlineData("Bot:InvokeTimeout", "00:00:30", "Bot:InvokeTimeout")]
    public void WrongSettingsAreRefused(string key, string value, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = BotTestHost.AppId,
            ["Bot:MicrosoftAppPassword"] = "secret",
            [key] = value,
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddBotFramework(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultsNeedNoSettings()
    {
        using var factory = new ReformBotFactory();
        using var client = factory.CreateClient();

        var options = factory.Services.GetRequiredService<IOptions<BotOptions>>().Value;

        Assert.False(options.AuthenticationEnabled);
        Assert.Equal(BotAppType.MultiTenant, options.MicrosoftAppType);
        Assert.Equal("botframework.com", options.OAuthTenant);
        Assert.Equal(BotOptions.TeamsServiceUrls, options.EffectiveTrustedServiceUrls);
    }

    [Fact]
    public void ConfiguredTrustedServiceUrlsReplaceTheTeamsHosts()
    {
        using var factory = new ReformBotFactory(new Dictionary<string, string?> { ["Bot:TrustedServiceUrls:0"] = "https://bot.example.vn/" });
        using var client = factory.CreateClient();

        var options = factory.Services.GetRequiredService<IOptions<BotOptions>>().Value;

        Assert.Equal(["https://bot.example.vn/"], options.EffectiveTrustedServiceUrls);
    }
}
