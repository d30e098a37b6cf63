namespace ReformBot.Plans;

/// <summary>How one list of a plan changed between revisions, by key.</summary>
public sealed record EntityChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<EntityChange> Changed)
{
    public static EntityChanges None { get; } = new([], [], []);

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;
}
