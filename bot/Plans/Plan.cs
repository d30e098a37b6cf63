namespace ReformBot.Plans;

/// <summary>A stored plan: the header of its current revision. Units, officers, tasks and reports refer to it by <see cref="Id"/>.</summary>
public sealed class Plan
{
    private Plan()
    {
        Code = Title = Issuer = Coordinator = string.Empty;
        Indices = [];
        Targets = [];
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string Title { get; private set; }
    public string Issuer { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    public int Year { get; private set; }
    public IReadOnlyList<ReformIndex> Indices { get; private set; }
    public string Coordinator { get; private set; }
    public IReadOnlyList<string> Targets { get; private set; }

    /// <summary>Number of the current revision, starting at 1; a file that changes nothing makes no revision.</summary>
    public int Revision { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// Grows whenever anything stored of the plans' state changes (a revision, a status, a report, an extension), so
    /// readers that keep the state in memory know when to read it again. Written by the storage, never by hand.
    /// </summary>
    public long StateVersion { get; private set; }

    public static Plan Create(PlanHeader header, DateTimeOffset now)
    {
        var plan = new Plan { Code = header.Code, CreatedAt = now };
        plan.Revise(header, now);
        return plan;
    }

    public void Revise(PlanHeader header, DateTimeOffset now)
    {
        if (header.Code != Code)
        {
            throw new ArgumentException($"Plan {Code} cannot take the header of plan {header.Code}.", nameof(header));
        }

        Title = header.Title;
        Issuer = header.Issuer;
        IssuedOn = header.IssuedOn;
        Year = header.Year;
        Indices = [.. header.Indices];
        Coordinator = header.Coordinator;
        Targets = [.. header.Targets];
        Revision++;
        UpdatedAt = now;
    }

    public PlanHeader ToHeader() => new(Code, Title, Issuer, IssuedOn, Year, Indices, Coordinator, Targets);
}
