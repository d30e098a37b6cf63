using Microsoft.EntityFrameworkCore;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Conversation;

/// <summary>One plan as a head or coordinator may see it: everything loaded once, and the units they may look at.</summary>
internal sealed class PlanView
{
    private readonly Dictionary<string, Officer> officers;
    private readonly Dictionary<string, string> unitNames;

    private PlanView(Plan plan, IReadOnlyList<Unit> units, IReadOnlyList<Officer> officers, IReadOnlyList<PlanTask> tasks, IReadOnlySet<string> visible)
    {
        Plan = plan;
        AllUnits = units;
        Tasks = tasks;
        Units = visible;
        Tree = UnitTree.Of(units.Select(u => u.ToEntry()));
        this.officers = officers.ToDictionary(o => o.OfficerId, StringComparer.Ordinal);
        unitNames = units.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
    }

    public Plan Plan { get; }

    public IReadOnlyList<Unit> AllUnits { get; }

    public IReadOnlyList<PlanTask> Tasks { get; }

    /// <summary>The unit codes this view may show.</summary>
    public IReadOnlySet<string> Units { get; }

    public UnitTree Tree { get; }

    public IEnumerable<PlanTask> OpenTasks => Tasks.Where(t => t.State is not (TaskState.Done or TaskState.Cancelled));

    /// <summary>The code of the top unit of what this view shows; null when it shows the whole plan.</summary>
    public string? ScopeCode => Units.Count == AllUnits.Count
        ? null
        : AllUnits.Where(u => Units.Contains(u.Code) && (u.Parent is null || !Units.Contains(u.Parent))).Select(u => u.Code).FirstOrDefault();

    /// <summary>The top unit of what this view shows, for "của ..." in replies.</summary>
    public string? ScopeName =>
        AllUnits.Where(u => Units.Contains(u.Code) && (u.Parent is null || !Units.Contains(u.Parent))).Select(u => u.Name).FirstOrDefault();

    public static async Task<PlanView> LoadAsync(ReformBotDbContext db, int planId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId, cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => u.PlanId == planId).OrderBy(u => u.Position).ToListAsync(cancellationToken);
        var officers = await db.Officers.AsNoTracking().Where(o => o.PlanId == planId).OrderBy(o => o.Position).ToListAsync(cancellationToken);
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.PlanId == planId).OrderBy(t => t.Position).ToListAsync(cancellationToken);
        return new PlanView(plan, units, officers, tasks, units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal));
    }

    public PlanView Within(IEnumerable<string> visible) =>
        new(Plan, AllUnits, [.. officers.Values], Tasks, visible.Where(Units.Contains).ToHashSet(StringComparer.Ordinal));

    /// <summary>A task is in view when someone in view answers for it or a unit in view leads it.</summary>
    public bool InScope(PlanTask task) => AssigneesInScope(task).Any() || task.Lead.Any(Units.Contains);

    public IEnumerable<Officer> AssigneesInScope(PlanTask task) =>
        task.AssigneeIds.Select(id => officers.GetValueOrDefault(id)).OfType<Officer>().Where(o => Units.Contains(o.Unit));

    public IReadOnlyList<string> AssigneeNames(PlanTask task) =>
        [.. task.AssigneeIds.Select(id => officers.TryGetValue(id, out var o) ? o.Name : id)];

    public string? UnitName(string code) => unitNames.GetValueOrDefault(code);

    public IEnumerable<Officer> AllOfficers => officers.Values;

    public Officer? Officer(string officerId) => officers.GetValueOrDefault(officerId);

    public IEnumerable<Officer> OfficersOf(string unitCode) => officers.Values.Where(o => o.Unit == unitCode);
}
