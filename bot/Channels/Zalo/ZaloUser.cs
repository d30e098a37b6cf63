namespace ReformBot.Channels.Zalo;

/// <summary>
/// What the bot knows of one Zalo user of the OA: whether they follow it and when they last interacted (the 7-day
/// consultation window counts from there). Kept for anyone who writes, linked or not.
/// </summary>
public sealed class ZaloUser
{
    private ZaloUser()
    {
        UserId = string.Empty;
    }

    public ZaloUser(string userId)
    {
        UserId = userId;
    }

    /// <summary>Zalo's user id for this OA: a string (it exceeds 2^53).</summary>
    public string UserId { get; private set; }
    public bool? IsFollowing { get; private set; }
    public DateTimeOffset? LastInteractionAt { get; private set; }
    public DateTimeOffset? FollowChangedAt { get; private set; }

    public void Interacted(DateTimeOffset at)
    {
        if (LastInteractionAt is null || at > LastInteractionAt)
        {
            LastInteractionAt = at;
        }
    }

    public void Follow(DateTimeOffset at)
    {
        IsFollowing = true;
        FollowChangedAt = at;
        Interacted(at);
    }

    public void Unfollow(DateTimeOffset at)
    {
        IsFollowing = false;
        FollowChangedAt = at;
    }

    public bool IsInWindow(DateTimeOffset now, TimeSpan window) => LastInteractionAt is DateTimeOffset last && now - last < window;
}
