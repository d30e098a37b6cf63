namespace ReformBot.Plans;

/// <summary>A stored reporting schedule of a plan. Removed by a revision: cancelled, with its periods kept.</summary>
public sealed class ReportSchedule
{
    private ReportSchedule()
    {
        Code = Title = Recipient = string.Empty;
        Submitters = [];
    }

    public ReportSchedule(int planId, ReportEntry entry)
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
    public string Title { get; private set; }
    public ReportCadence Cadence { get; private set; }
    public int DueDay { get; private set; }
    public IReadOnlyList<int>? DueMonths { get; private set; }
    public int? DueMonth { get; private set; }
    public ReportWindow Window { get; private set; }
    public IReadOnlyList<string> Submitters { get; private set; }
    public string Recipient { get; private set; }
    public bool IsCancelled { get; private set; }

    public void Revise(ReportEntry entry)
    {
        Title = entry.Title;
        Cadence = entry.Cadence;
        DueDay = entry.DueDay;
        DueMonths = entry.DueMonths is null ? null : [.. entry.DueMonths];
        DueMonth = entry.DueMonth;
        Window = entry.Window;
        Submitters = [.. entry.Submitters];
        Recipient = entry.Recipient;
        IsCancelled = false;
    }

    public void Cancel() => IsCancelled = true;

    public ReportEntry ToEntry() => new(Code, Title, Cadence, DueDay, DueMonths, DueMonth, Window, Submitters, Recipient);
}
