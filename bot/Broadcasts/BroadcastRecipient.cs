
namespace ReformBot.Broadcasts;

/// <summary>One person's copy of a broadcast: the message as it will be sent, and what became of it.</summary>
public sealed class BroadcastRecipient
{
    private BroadcastRecipient()
    {
        OfficerId = MessageJson = string.Empty;
    }

    public BroadcastRecipient(string officerId, string officerName, string messageJson, RecipientState state)
    {
        OfficerId = officerId;
        OfficerName = officerName;
        MessageJson = messageJson;
        State = state;
    }

    public long Id { get; private set; }

    public long BroadcastId { get; private set; }

    public string OfficerId { get; private set; }

    public string? OfficerName { get; private set; }

    /// <summary>The <see cref="Conversation.OutgoingMessage"/> for this person, as JSON.</summary>
    public string MessageJson { get; private set; }

    public RecipientState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public string? Channel { get; private set; }

    public string? Detail { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public bool IsSettled => State != RecipientState.Pending;

    public void Delivered(string? channel, DateTimeOffset at)
    {
        (State, Channel, SentAt, Detail) = (RecipientState.Sent, channel, at, null);
        Attempts++;
    }

    public void NotDelivered(RecipientState state, string? detail)
    {
        (State, Detail) = (state, detail);
        Attempts++;
    }

    public void RetryAt(DateTimeOffset at, string? detail)
    {
        (NextAttemptAt, Detail) = (at, detail);
        Attempts++;
    }

    public void Acknowledge(DateTimeOffset at) => AcknowledgedAt ??= at;
}
