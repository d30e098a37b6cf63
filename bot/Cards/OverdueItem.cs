using ReformBot.Plans;

namespace ReformBot.Cards;

/// <summary>One overdue task of one officer, as the overdue list shows it.</summary>
/// <param name="DaysOverdue">Days since the deadline's legal end (see <see cref="CardTexts.EffectiveDue"/>).</param>
/// <param name="PointsAtStake">Max − current score of the task's criterion; 0 when the task has no score.</param>
public sealed record OverdueItem(
    string PlanCode,
    string TaskRef,
    string TaskTitle,
    string OfficerId,
    string OfficerName,
    string? UnitName,
    DateOnly DueDate,
    int DaysOverdue,
    decimal PointsAtStake,
    TaskState State)
{
    public static OverdueItem Create(Plan plan, PlanTask task, string officerId, string officerName, string? unitName, DateOnly today, DateOnly? legalDueDate = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(task);
        var due = task.CurrentDeadline.ClosesOn ?? today;
        var effective = CardTexts.EffectiveDue(due, today, legalDueDate);
        return new OverdueItem(
            plan.Code, task.Ref, task.Title, officerId, officerName, unitName, due,
            Math.Max(0, today.DayNumber - effective.DayNumber), task.Score?.AtStake ?? 0, task.State);
    }
}
