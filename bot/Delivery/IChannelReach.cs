namespace ReformBot.Delivery;

/// <summary>
/// Whether a channel could reach officers on the bot's own initiative right now, without sending anything: for the
/// administrators' list of who is linked where and who is not reachable. Each <see cref="IOfficerChannel"/> that can
/// tell registers one.
/// </summary>
public interface IChannelReach
{
    /// <summary>The channel's name, as <see cref="IOfficerChannel.Name"/>.</summary>
    string Channel { get; }

    /// <summary>For each of <paramref name="officerIds"/> this channel knows of (linked here), how it stands.</summary>
    Task<IReadOnlyDictionary<string, ChannelReachability>> AssessAsync(IReadOnlyCollection<string> officerIds, CancellationToken cancellationToken);
}

/// <summary>How one channel stands for one officer: whether a message would get through, and why not (English, for admins).</summary>
public sealed record ChannelReachability(string Channel, bool Reachable, string Detail);
