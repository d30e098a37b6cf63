namespace ReformBot.Accounts;

/// <summary>
/// What sending a link code did. <see cref="OfficerId"/> and <see cref="OfficerName"/> name the person the account
/// is now (or already) linked to; <see cref="RemainingAttempts"/> counts wrong tries left before a lock.
/// </summary>
public sealed record LinkResult(
    LinkOutcome Outcome, string? OfficerId, string? OfficerName, int RemainingAttempts, DateTimeOffset? LockedUntil)
{
    public bool IsLinked => Outcome is LinkOutcome.Linked or LinkOutcome.AlreadyLinked;
}
