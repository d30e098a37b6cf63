namespace ReformBot.Reminders;

/// <summary>
/// A message the service has decided to send to one officer, written in the same transaction as the decision, and its
/// delivery state. Nothing is sent that was not first written here.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        OfficerId = string.Empty;
    }

    private OutboxMessage(string officerId, OutboxKind kind, string? text, string? dedupeKey, DateTimeOffset createdAt, DateTimeOffset notBefore)
    {
        OfficerId = officerId;
        Kind = kind;
        Text = text;
        DedupeKey = dedupeKey;
        CreatedAt = createdAt.ToUniversalTime();
        NotBefore = notBefore.ToUniversalTime();
    }

    public long Id { get; private set; }
    public string OfficerId { get; private set; }
    public OutboxKind Kind { get; private set; }

    /// <summary>The text of a <see cref="OutboxKind.Notice"/>.</summary>
    public string? Text { get; private set; }

    /// <summary>For notices: what makes two of them the same notice, so it is written once.</summary>
    public string? DedupeKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Not sent before this instant (the next working morning when written in quiet hours).</summary>
    public DateTimeOffset NotBefore { get; private set; }

    public OutboxState State { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>A delivery worker holds the message until then, so two instances never send it both.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public string? LastError { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? Channel { get; private set; }

    public static OutboxMessage ForReminders(string officerId, DateTimeOffset createdAt, DateTimeOffset notBefore) =>
        new(officerId, OutboxKind.Reminders, null, null, createdAt, notBefore);

    public static OutboxMessage Notice(string officerId, string text, string dedupeKey, DateTimeOffset createdAt, DateTimeOffset notBefore) =>
        new(officerId, OutboxKind.Notice, text, dedupeKey, createdAt, notBefore);

    public void Delivered(string? channel, DateTimeOffset at)
    {
        Attempts++;
        State = OutboxState.Sent;
        Channel = channel;
        SentAt = at;
        NextAttemptAt = ClaimedUntil = null;
    }

    public void Settle(OutboxState state, string? detail)
    {
        if (state != OutboxState.Skipped)
        {
            Attempts++;
        }

        State = state;
        LastError = detail;
        NextAttemptAt = ClaimedUntil = null;
    }

    public void RetryAt(DateTimeOffset at, string? detail)
    {
        Attempts++;
        NextAttemptAt = at.ToUniversalTime();
        LastError = detail;
        ClaimedUntil = null;
    }
}
