namespace ReformBot.Plans;

/// <summary>A unit of a plan's unit tree. Codes are unique within a plan.</summary>
public sealed class Unit
{
    private Unit()
    {
        Code = Name = string.Empty;
    }

    public Unit(int planId, UnitEntry entry)
        : this()
    {
        PlanId = planId;
        Code = entry.Code;
        Revise(entry);
    }

    public long Id { get; private set; }

    /// <summary>Place in the plan file, so that an export lists things in the order the coordinator wrote them.</summary>
    public int Position { get; set; }
    public int PlanId { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public string? Parent { get; private set; }

    public void Revise(UnitEntry entry)
    {
        Name = entry.Name;
        Parent = entry.Parent;
    }

    public UnitEntry ToEntry() => new(Code, Name, Parent);
}
