namespace ReformBot.Plans;

/// <summary>
/// The outcome of reading a plan file. <see cref="Plan"/> is set only when there are no errors;
/// warnings never stop a plan from loading.
/// </summary>
public sealed record PlanFileReadResult(PlanFile? Plan, IReadOnlyList<PlanFileError> Errors, IReadOnlyList<PlanFileError> Warnings)
{
    public bool IsValid => Errors.Count == 0;
}
