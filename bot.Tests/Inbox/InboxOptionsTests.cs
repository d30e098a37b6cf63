using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Inbox;

public sealed class InboxOptionsTests
{
    [Theory]
    [InlineData("Inbox:Retention", "00:05:00")]
    [InlineData("Inbox:Workers", "0")]
    [InlineData("Inbox:MaxAttempts", "0")]
    public void InvalidInboxSettingsStopTheStart(string key, string value)
    {
        using var factory = new ReformBotFactory(new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }
}
