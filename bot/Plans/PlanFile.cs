namespace ReformBot.Plans;

/// <summary>
/// One plan file (format <c>reformbot.plan/v1</c>) after validation: the whole plan as its coordinator wrote it.
/// Lists are never null; an absent optional list is empty.
/// </summary>
public sealed record PlanFile(
    PlanHeader Plan,
    IReadOnlyList<UnitEntry> Units,
    IReadOnlyList<OfficerEntry> Officers,
    IReadOnlyList<TaskEntry> Tasks,
    IReadOnlyList<ReportEntry> Reports)
{
    public const string Format = "reformbot.plan/v1";
}
