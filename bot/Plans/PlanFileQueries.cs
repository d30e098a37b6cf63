namespace ReformBot.Plans;

/// <summary>Answers about a plan file that more than one feature needs.</summary>
public static class PlanFileQueries
{
    /// <summary>
    /// Who answers for a task: the assignees the file names or, when it names none, the heads of the lead units
    /// (in the order of the lead units, then of the officer list).
    /// </summary>
    public static IReadOnlyList<string> EffectiveAssignees(PlanFile file, TaskEntry task)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(task);
        return task.Assignees ??
        [
            .. task.Lead.SelectMany(unit => file.Officers.Where(o => o.Unit == unit && o.Roles.Contains(OfficerRole.UnitHead)))
                .Select(o => o.Id)
                .Distinct(StringComparer.Ordinal),
        ];
    }
}
