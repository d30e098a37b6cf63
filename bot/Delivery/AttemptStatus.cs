namespace ReformBot.Delivery;

/// <summary>Where one delivery attempt stands. Written as <see cref="Sending"/> before the channel is called.</summary>
public enum AttemptStatus
{
    /// <summary>Recorded, the channel is being called; a row left so after its claim expired is <see cref="Unknown"/>.</summary>
    Sending,
    Sent,
    Unreachable,
    RetryLater,
    Failed,

    /// <summary>The sender stopped (crash, kill) between recording and reconciling: the message may have gone out.</summary>
    Unknown,
}
