using Microsoft.Extensions.Options;
using ReformBot.Delivery;

namespace ReformBot.Tests.Delivery;

public sealed class OfficerMessengerTests
{
    private static readonly OutgoingMessage Message = OutgoingMessage.PlainText("Nhắc việc");

    private sealed class ScriptedChannel(string name, DeliveryStatus status) : IOfficerChannel
    {
        public List<string> Calls { get; } = [];

        public string Name => name;

        public Task<DeliveryResult> SendAsync(string officerId, OutgoingMessage message, CancellationToken cancellationToken)
        {
            Calls.Add(officerId);
            return Task.FromResult(new DeliveryResult(status, name, status == DeliveryStatus.Sent ? null : "scripted"));
        }
    }

    private static OfficerMessenger Messenger(params IOfficerChannel[] channels) => Messenger(new DeliveryOptions(), channels);

    private static OfficerMessenger Messenger(DeliveryOptions options, params IOfficerChannel[] channels) => new(channels, Options.Create(options));

    [Fact]
    public async Task ChannelOrderSettingDecidesWhichChannelIsTriedFirstWhateverTheRegistrationOrder()
    {
        var teams = new ScriptedChannel("msteams", DeliveryStatus.Sent);
        var zalo = new ScriptedChannel("zalo", DeliveryStatus.Sent);

        var zaloFirst = await Messenger(new DeliveryOptions { ChannelOrder = ["zalo", "msteams"] }, teams, zalo).SendAsync("lv.vp.cv1", Message, CancellationToken.None);
        var teamsFirst = await Messenger(new DeliveryOptions(), zalo, teams).SendAsync("lv.vp.cv1", Message, CancellationToken.None);

        Assert.Equal("zalo", zaloFirst.Channel);
        Assert.Equal("msteams", teamsFirst.Channel);
        Assert.Equal(["lv.vp.cv1"], teams.Calls);
        Assert.Equal(["lv.vp.cv1"], zalo.Calls);
    }

    [Fact]
    public async Task FirstChannelThatReachesTheOfficerWins()
    {
        var teams = new ScriptedChannel("msteams", DeliveryStatus.Unreachable);
        var zalo = new ScriptedChannel("zalo", DeliveryStatus.Sent);
        var never = new ScriptedChannel("other", DeliveryStatus.Sent);

        var result = await Messenger(teams, zalo, never).SendAsync("lv.vp.cv1", Message, CancellationToken.None);

        Assert.Equal((DeliveryStatus.Sent, "zalo"), (result.Status, result.Channel));
        Assert.Empty(never.Calls);
    }

    [Fact]
    public async Task BusyChannelStopsTheSearchSoTheMessageIsNotSentTwice()
    {
        var teams = new ScriptedChannel("msteams", DeliveryStatus.RetryLater);
        var zalo = new ScriptedChannel("zalo", DeliveryStatus.Sent);

        var result = await Messenger(teams, zalo).SendAsync("lv.vp.cv1", Message, CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, result.Status);
        Assert.Empty(zalo.Calls);
    }

    [Theory]
    [InlineData(DeliveryStatus.Unreachable, DeliveryStatus.Unreachable, DeliveryStatus.Unreachable)]
    [InlineData(DeliveryStatus.Failed, DeliveryStatus.Unreachable, DeliveryStatus.Failed)]
    public async Task NobodyReachedSaysWhyForEveryChannel(DeliveryStatus first, DeliveryStatus second, DeliveryStatus expected)
    {
        var result = await Messenger(new ScriptedChannel("msteams", first), new ScriptedChannel("zalo", second))
            .SendAsync("lv.vp.cv1", Message, CancellationToken.None);

        Assert.Equal(expected, result.Status);
        Assert.Contains("msteams", result.Detail, StringComparison.Ordinal);
        Assert.Contains("zalo", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutChannelsNobodyIsReachable()
    {
        var result = await Messenger().SendAsync("lv.vp.cv1", Message, CancellationToken.None);

        Assert.Equal(DeliveryStatus.Unreachable, result.Status);
    }
}
