namespace ReformBot.Plans;

/// <summary>
/// A person as one plan knows them: unit and roles are per plan, while <see cref="OfficerId"/> is the person's identity
/// across plans (chat accounts are linked to it).
/// </summary>
public sealed class Officer
{
    private Officer()
    {
        OfficerId = Name = Unit = string.Empty;
        Roles = [];
        Accounts = [];
    }

    public Officer(int planId, OfficerEntry entry)
        : this()
    {
        PlanId = planId;
        OfficerId = entry.Id;
        Revise(entry);
    }

    public long Id { get; private set; }

    /// <summary>Place in the plan file, so that an export lists things in the order the coordinator wrote them.</summary>
    public int Position { get; set; }
    public int PlanId { get; private set; }
    public string OfficerId { get; private set; }
    public string Name { get; private set; }
    public string Unit { get; private set; }
    public IReadOnlyList<OfficerRole> Roles { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }

    /// <summary>The chat accounts the plan file lists for this person, kept as written so the file exports unchanged.</summary>
    public IReadOnlyList<ChatAccountEntry> Accounts { get; private set; }

    public bool Has(OfficerRole role) => Roles.Contains(role);

    public void Revise(OfficerEntry entry)
    {
        Name = entry.Name;
        Unit = entry.Unit;
        Roles = [.. entry.Roles];
        Email = entry.Email;
        Phone = entry.Phone;
        Accounts = [.. entry.Accounts];
    }

    public OfficerEntry ToEntry() => new(OfficerId, Name, Unit, Roles, Email, Phone, Accounts);
}
