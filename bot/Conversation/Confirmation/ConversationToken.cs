namespace ReformBot.Conversation.Confirmation;

/// <summary>
/// A change kept on the server behind a random token that a button carries: the intent waiting for "Đúng", or what
/// "Hoàn tác" puts back. Only the officer it was made for can use it, once, before it expires; the button holds
/// nothing but the token, so it cannot be forged into another change.
/// </summary>
public sealed class ConversationToken
{
    private ConversationToken()
    {
        Token = OfficerId = Channel = Payload = string.Empty;
    }

    public ConversationToken(string token, ConversationTokenKind kind, string officerId, string channel, string payload, DateTimeOffset createdAt, DateTimeOffset expiresAt)
        : this()
    {
        Token = token;
        Kind = kind;
        OfficerId = officerId;
        Channel = channel;
        Payload = payload;
        CreatedAt = createdAt.ToUniversalTime();
        ExpiresAt = expiresAt.ToUniversalTime();
    }

    public long Id { get; private set; }
    public string Token { get; private set; }
    public ConversationTokenKind Kind { get; private set; }
    public string OfficerId { get; private set; }
    public string Channel { get; private set; }

    /// <summary>JSON: the intent and slots to apply, or the values to put back.</summary>
    public string Payload { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public void MarkUsed(DateTimeOffset at) => UsedAt = at.ToUniversalTime();
}
