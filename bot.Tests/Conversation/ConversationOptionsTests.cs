using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReformBot.Conversation;

namespace ReformBot.Tests.Conversation;

public sealed class ConversationOptionsTests
{
    private static ServiceProvider Services(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        return new ServiceCollection().AddLogging().AddConversation(configuration).BuildServiceProvider();
    }

    [Theory]
    [InlineData("Conversation:ConfirmBelow", "1.5", "ConfirmBelow")]
    [InlineData("Conversation:ConfirmBelow", "-0.1", "ConfirmBelow")]
    [InlineData("Conversation:ConfirmFor", "00:00:00", "ConfirmFor")]
    [InlineData("Conversation:UndoFor", "02:00:00", "UndoFor")]
    public void InvalidSettingIsRefusedWithItsName(string key, string value, string expected)
    {
        using var services = Services(key, value);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ConversationOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultsAskBelowSixtyPercentAndOfferUndoForFiveMinutes()
    {
        using var services = Services("Conversation:Other", "x");

        var options = services.GetRequiredService<IOptions<ConversationOptions>>().Value;

        Assert.Equal((0.6, TimeSpan.FromMinutes(5)), (options.ConfirmBelow, options.UndoFor));
    }
}
