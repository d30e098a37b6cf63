namespace ReformBot.Delivery;

/// <summary>
/// A send rate shared by every instance on the database (<see cref="TenantTurns"/>): the next free turn, in real UTC
/// ticks. One row per limit; written only through single upsert statements, so instances never read it stale.
/// </summary>
public sealed class SendRateSlot
{
    public SendRateSlot(string key, long nextAt)
    {
        Key = key;
        NextAt = nextAt;
    }

    public string Key { get; private set; }

    public long NextAt { get; private set; }
}
