using System.Collections.Concurrent;
using ReformBot.Delivery;

namespace ReformBot.Tests.Conversation;

/// <summary>A channel that reaches everyone except those listed as unreachable, and remembers what it sent to whom.</summary>
public sealed class RecordingChannel : IOfficerChannel
{
    public ConcurrentQueue<(string OfficerId, OutgoingMessage Message)> Sent { get; } = new();

    public HashSet<string> Unreachable { get; } = new(StringComparer.Ordinal);

    public string Name => "recording";

    /// <summary>Runs just before each message is recorded as sent (to look at the database mid-send).</summary>
    public Action? BeforeSend { get; set; }

    public Task<DeliveryResult> SendAsync(string officerId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (Unreachable.Contains(officerId))
        {
            return Task.FromResult(DeliveryResult.Unreachable(Name, "scripted"));
        }

        BeforeSend?.Invoke();
        Sent.Enqueue((officerId, message));
        return Task.FromResult(DeliveryResult.Sent(Name));
    }

    public IReadOnlyList<OutgoingMessage> To(string officerId) => [.. Sent.Where(s => s.OfficerId == officerId).Select(s => s.Message)];
}
