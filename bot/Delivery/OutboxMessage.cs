namespace ReformBot.Delivery;

/// <summary>
/// A message the service has decided to send to one officer, written in the same transaction as the decision, and its
/// delivery state. Nothing is sent that was not first written here: reminders, digests, announcements, plan-change
/// notices, extension notices, nudges, unreachable notices and broadcast reports are all rows of this one outbox.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        OfficerId = Kind = string.Empty;
    }

    private OutboxMessage(string officerId, string kind, DateTimeOffset createdAt, DateTimeOffset notBefore)
    {
        OfficerId = officerId;
        Kind = kind;
        CreatedAt = createdAt.ToUniversalTime();
        NotBefore = notBefore.ToUniversalTime();
    }

    public long Id { get; private set; }
    public string OfficerId { get; private set; }

    /// <summary>The recipient's name when it was written, for reports.</summary>
    public string? RecipientName { get; private set; }

    /// <summary>Who composes it: <see cref="OutboxKinds.Message"/> (stored whole) or a kind an <see cref="IOutboxComposer"/> handles.</summary>
    public string Kind { get; private set; }

    /// <summary>The message's text, for the admin view (and the whole message of legacy plain-text notices).</summary>
    public string? Text { get; private set; }

    /// <summary>The <see cref="OutgoingMessage"/> as JSON, for <see cref="OutboxKinds.Message"/> rows.</summary>
    public string? Payload { get; private set; }

    /// <summary>What makes two rows the same message, so it is written (and sent) once; unique when set.</summary>
    public string? DedupeKey { get; private set; }

    /// <summary>The batch the row belongs to (a broadcast's id), for reports built from its rows.</summary>
    public long? GroupId { get; private set; }

    /// <summary>Urgent messages go out during quiet hours too.</summary>
    public bool Urgent { get; private set; }

    /// <summary>
    /// Not sent on its own: it goes out inside the recipient's next daily reminder message (plan-change and
    /// unreachable notices), and is settled with that message.
    /// </summary>
    public bool InDailyMessage { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Not sent before this instant (the next working morning when written in quiet hours).</summary>
    public DateTimeOffset NotBefore { get; private set; }

    public OutboxState State { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>A sender holds the message until then, so two instances never send it both.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public string? LastError { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? Channel { get; private set; }

    /// <summary>When the recipient said they read it (an announcement's "Đã đọc").</summary>
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public bool IsSettled => State != OutboxState.Pending;

    /// <summary>A row whose content a registered <see cref="IOutboxComposer"/> of <paramref name="kind"/> builds at sending time.</summary>
    public static OutboxMessage Composed(string officerId, string kind, DateTimeOffset createdAt, DateTimeOffset notBefore, string? dedupeKey = null) =>
        new(officerId, kind, createdAt, notBefore) { DedupeKey = dedupeKey };

    /// <summary>A row carried inside another row's message was sent (or not) with it.</summary>
    public void SettleWith(OutboxMessage carrier)
    {
        ArgumentNullException.ThrowIfNull(carrier);
        State = carrier.State;
        Channel = carrier.Channel;
        SentAt = carrier.SentAt;
        LastError = carrier.State == OutboxState.Sent ? null : carrier.LastError;
        NextAttemptAt = ClaimedUntil = null;
    }

    /// <summary>A message stored whole now and sent as it is.</summary>
    public static OutboxMessage Stored(
        string officerId, OutgoingMessage message, DateTimeOffset createdAt, DateTimeOffset notBefore, string? dedupeKey = null,
        long? groupId = null, string? recipientName = null, bool urgent = false)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new OutboxMessage(officerId, OutboxKinds.Message, createdAt, notBefore)
        {
            Text = message.Text.Length > 4000 ? message.Text[..4000] : message.Text,
            Payload = OutgoingMessageJson.Write(message),
            DedupeKey = dedupeKey,
            GroupId = groupId,
            RecipientName = recipientName,
            Urgent = urgent,
        };
    }

    /// <summary>Holds the row for the recipient's next daily reminder message instead of sending it on its own.</summary>
    public OutboxMessage GoesInDailyMessage()
    {
        InDailyMessage = true;
        return this;
    }

    /// <summary>A row that records a person nothing could be tried for (no chat account), so reports can name them.</summary>
    public OutboxMessage NeverLinked()
    {
        State = OutboxState.NeverLinked;
        LastError = "no linked chat account";
        return this;
    }

    /// <summary>The stored message of a <see cref="OutboxKinds.Message"/> row (or a legacy text notice).</summary>
    public OutgoingMessage? StoredMessage() =>
        Payload is { } json ? OutgoingMessageJson.Read(json) : Text is { } text ? OutgoingMessage.PlainText(text) : null;

    public void Delivered(string? channel, DateTimeOffset at)
    {
        Attempts++;
        State = OutboxState.Sent;
        Channel = channel;
        SentAt = at;
        LastError = null;
        NextAttemptAt = ClaimedUntil = null;
    }

    public void Settle(OutboxState state, string? detail)
    {
        if (state != OutboxState.Skipped)
        {
            Attempts++;
        }

        State = state;
        LastError = Shorten(detail);
        NextAttemptAt = ClaimedUntil = null;
    }

    public void RetryAt(DateTimeOffset at, string? detail)
    {
        Attempts++;
        NextAttemptAt = at.ToUniversalTime();
        LastError = Shorten(detail);
        ClaimedUntil = null;
    }

    /// <summary>An attempt that never got an outcome (the sender stopped mid-send) still counts towards the limit.</summary>
    public void AttemptLost() => Attempts++;

    /// <summary>Puts the row off to <paramref name="until"/> (an <see cref="IOutboxHold"/>): still pending, released from its claim.</summary>
    public void HoldUntil(DateTimeOffset until)
    {
        NotBefore = until.ToUniversalTime();
        ClaimedUntil = null;
    }

    /// <summary>A row held for later that may go now (the hold ended early): due at <paramref name="at"/>.</summary>
    public void Release(DateTimeOffset at)
    {
        if (NotBefore > at)
        {
            NotBefore = at.ToUniversalTime();
        }
    }

    /// <summary>A dead letter given a fresh start by an administrator: pending again, due now, with its attempts reset.</summary>
    public void Revive(DateTimeOffset at)
    {
        State = OutboxState.Pending;
        Attempts = 0;
        NotBefore = at.ToUniversalTime();
        NextAttemptAt = ClaimedUntil = null;
    }

    /// <summary>Whether a sender holds the row right now (it may be on the wire).</summary>
    public bool IsClaimed(DateTimeOffset at) => ClaimedUntil > at;

    public void Acknowledge(DateTimeOffset at) => AcknowledgedAt ??= at.ToUniversalTime();

    private static string? Shorten(string? text) => text is { Length: > 2000 } ? text[..2000] : text;
}
