namespace ReformBot.Plans;

/// <summary>
/// When a task is due. <see cref="DeadlineKind.Date"/>: done by <see cref="Date"/>.
/// <see cref="DeadlineKind.Ongoing"/>: periodic check-ins, closing at <see cref="Until"/> when given.
/// <see cref="DeadlineKind.Year"/>: all of <see cref="Year"/>, closing 31/12. <see cref="CheckIn"/> null means the default (monthly).
/// </summary>
public sealed record Deadline(DeadlineKind Kind, DateOnly? Date, DateOnly? Until, int? Year, CheckInCadence? CheckIn)
{
    public static Deadline On(DateOnly date) => new(DeadlineKind.Date, date, null, null, null);

    /// <summary>The last day of the task, if it has one.</summary>
    public DateOnly? ClosesOn => Kind switch
    {
        DeadlineKind.Date => Date,
        DeadlineKind.Ongoing => Until,
        DeadlineKind.Year when Year is int y => new DateOnly(y, 12, 31),
        _ => null,
    };
}
