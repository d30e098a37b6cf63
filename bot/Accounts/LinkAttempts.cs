namespace ReformBot.Accounts;

/// <summary>
/// Wrong link codes sent from one chat account. Six digits are guessable, so after a few wrong tries the account may
/// not try again for a while.
/// </summary>
public sealed class LinkAttempts
{
    private LinkAttempts()
    {
        Channel = AccountId = string.Empty;
    }

    public LinkAttempts(string channel, string accountId)
    {
        Channel = channel;
        AccountId = accountId;
    }

    public long Id { get; private set; }
    public string Channel { get; private set; }
    public string AccountId { get; private set; }

    /// <summary>Wrong tries since the last success or lock.</summary>
    public int FailedCount { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && now < until;

    /// <summary>Counts a wrong try; the <paramref name="maxFailures"/>th locks the account and starts the count again.</summary>
    public void Fail(DateTimeOffset now, int maxFailures, TimeSpan lockFor)
    {
        FailedCount++;
        if (FailedCount >= maxFailures)
        {
            FailedCount = 0;
            LockedUntil = now + lockFor;
        }
    }

    public void Reset()
    {
        FailedCount = 0;
        LockedUntil = null;
    }
}
