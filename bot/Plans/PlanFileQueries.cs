using System.Runtime.CompilerServices;

namespace ReformBot.Plans;

/// <summary>Answers about a plan file that more than one feature needs.</summary>
public static class PlanFileQueries
{
    // The unit heads of each file, found once per file: a province's plan asks for every one of its tasks.
    private static readonly ConditionalWeakTable<PlanFile, ILookup<string, string>> UnitHeads = [];

    /// <summary>
    /// Who answers for a task: the assignees the file names or, when it names none, the heads of the lead units
    /// (in the order of the lead units, then of the officer list).
    /// </summary>
    public static IReadOnlyList<string> EffectiveAssignees(PlanFile file, TaskEntry task)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(task);
        if (task.Assignees is not null)
        {
            return task.Assignees;
        }

        var heads = UnitHeads.GetValue(file, f => f.Officers.Where(o => o.Roles.Contains(OfficerRole.UnitHead)).ToLookup(o => o.Unit, o => o.Id, StringComparer.Ordinal));
        return [.. task.Lead.SelectMany(unit => heads[unit]).Distinct(StringComparer.Ordinal)];
    }
}
