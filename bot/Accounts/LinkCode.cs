namespace ReformBot.Accounts;

/// <summary>
/// A one-time code a coordinator issues so that an officer can link a chat account by sending it to the bot. Only
/// the code's hash is stored: a database dump does not hand out links.
/// </summary>
public sealed class LinkCode
{
    private LinkCode()
    {
        OfficerId = CodeHash = CreatedBy = string.Empty;
    }

    public LinkCode(string officerId, string codeHash, string createdBy, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        OfficerId = officerId;
        CodeHash = codeHash;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public long Id { get; private set; }
    public string OfficerId { get; private set; }

    /// <summary>Hex SHA-256 of the pepper and the code.</summary>
    public string CodeHash { get; private set; }

    /// <summary>Who issued it: an officer id, or "admin" for the admin API.</summary>
    public string CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }
    public string? UsedByChannel { get; private set; }
    public string? UsedByAccountId { get; private set; }

    public bool IsUsed => UsedAt is not null;

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public void MarkUsed(string channel, string accountId, DateTimeOffset at)
    {
        if (IsUsed)
        {
            throw new InvalidOperationException("A link code is used only once.");
        }

        UsedAt = at;
        UsedByChannel = channel;
        UsedByAccountId = accountId;
    }
}
