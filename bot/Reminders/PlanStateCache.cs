namespace ReformBot.Reminders;

/// <summary>
/// The last <see cref="PlanStateSnapshot"/> read, kept for as long as the plans' state versions are unchanged: a round
/// with nothing due costs one small query, whatever the plans' size. Shared by the whole process.
/// </summary>
public sealed class PlanStateCache
{
    private readonly Lock gate = new();
    private PlanStateSnapshot? current;

    /// <summary>The snapshot read at <paramref name="stamp"/>, or null when the state has moved on since.</summary>
    public PlanStateSnapshot? Find(IReadOnlyList<(int Id, int Revision, long StateVersion)> stamp)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        lock (gate)
        {
            return current is { } snapshot && snapshot.Stamp.SequenceEqual(stamp) ? snapshot : null;
        }
    }

    public void Keep(PlanStateSnapshot snapshot)
    {
        lock (gate)
        {
            current = snapshot;
        }
    }
}
