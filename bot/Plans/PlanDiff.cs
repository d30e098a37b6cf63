namespace ReformBot.Plans;

/// <summary>What a new revision of a plan changes: header fields, and units, officers, tasks and reports by key.</summary>
public sealed record PlanDiff(
    IReadOnlyList<FieldChange> Plan,
    EntityChanges Units,
    EntityChanges Officers,
    EntityChanges Tasks,
    EntityChanges Reports)
{
    public bool IsEmpty => Plan.Count == 0 && Units.IsEmpty && Officers.IsEmpty && Tasks.IsEmpty && Reports.IsEmpty;
}
