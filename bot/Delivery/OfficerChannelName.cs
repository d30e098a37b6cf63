namespace ReformBot.Delivery;

/// <summary>A channel name a feature can provide (declared even when the channel is not configured), for <c>Delivery:ChannelOrder</c>.</summary>
public sealed record OfficerChannelName(string Name);
