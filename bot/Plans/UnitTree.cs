namespace ReformBot.Plans;

/// <summary>
/// The parent links of a plan's units, for "this unit and the units below it" questions
/// (who may be assigned a task, what a unit head sees).
/// </summary>
public sealed class UnitTree
{
    private readonly Dictionary<string, string?> parents;

    private UnitTree(Dictionary<string, string?> parents) => this.parents = parents;

    public static UnitTree Of(IEnumerable<UnitEntry> units)
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            parents.TryAdd(unit.Code, unit.Parent);
        }

        return new UnitTree(parents);
    }

    /// <summary>True when <paramref name="unit"/> is <paramref name="ancestor"/> or lies below it.</summary>
    public bool IsWithin(string unit, string ancestor)
    {
        // Bounded by the number of units so that a malformed tree (a cycle) cannot loop forever.
        string? current = unit;
        for (var steps = 0; current is not null && steps <= parents.Count; steps++)
        {
            if (current == ancestor)
            {
                return true;
            }

            current = parents.GetValueOrDefault(current);
        }

        return false;
    }

    /// <summary><paramref name="root"/> and every unit below it.</summary>
    public IReadOnlyList<string> Subtree(string root) => [.. parents.Keys.Where(code => IsWithin(code, root))];
}
