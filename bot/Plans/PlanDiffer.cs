using System.Globalization;

namespace ReformBot.Plans;

/// <summary>
/// Compares two revisions of a plan field by field. Lists whose order carries no meaning (units of a task, roles,
/// assignees) compare as sets, so reordering a list is not a change. Assignees compare as the people who actually
/// answer for the task, so naming the unit head explicitly instead of implicitly is not a change either.
/// </summary>
public static class PlanDiffer
{
    public static PlanDiff Compare(PlanFile before, PlanFile after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new PlanDiff(
            [.. HeaderChanges(before.Plan, after.Plan)],
            Compare(before.Units, after.Units, u => u.Code, UnitChanges),
            Compare(before.Officers, after.Officers, o => o.Id, OfficerChanges),
            Compare(before.Tasks, after.Tasks, t => t.Ref, (a, b) => TaskChanges(before, a, after, b)),
            Compare(before.Reports, after.Reports, r => r.Code, ReportChanges));
    }

    private static EntityChanges Compare<T>(
        IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key, Func<T, T, IEnumerable<FieldChange?>> changes)
    {
        var old = before.ToDictionary(key, StringComparer.Ordinal);
        var current = after.Select(key).ToHashSet(StringComparer.Ordinal);
        var changed = new List<EntityChange>();
        foreach (var entry in after)
        {
            if (old.TryGetValue(key(entry), out var previous))
            {
                var fields = changes(previous, entry).OfType<FieldChange>().ToList();
                if (fields.Count > 0)
                {
                    changed.Add(new EntityChange(key(entry), fields));
                }
            }
        }

        return new EntityChanges(
            [.. after.Select(key).Where(k => !old.ContainsKey(k))],
            [.. before.Select(key).Where(k => !current.Contains(k))],
            changed);
    }

    private static IEnumerable<FieldChange> HeaderChanges(PlanHeader a, PlanHeader b) => new[]
    {
        Value("code", a.Code, b.Code),
        Value("title", a.Title, b.Title),
        Value("issuer", a.Issuer, b.Issuer),
        Value("issuedOn", Text(a.IssuedOn), Text(b.IssuedOn)),
        Value("year", Text(a.Year), Text(b.Year)),
        Set("indices", a.Indices.Select(Text), b.Indices.Select(Text)),
        Value("coordinator", a.Coordinator, b.Coordinator),
        Set("targets", a.Targets, b.Targets),
    }.OfType<FieldChange>();

    private static IEnumerable<FieldChange?> UnitChanges(UnitEntry a, UnitEntry b) =>
    [
        Value("name", a.Name, b.Name),
        Value("parent", a.Parent, b.Parent),
    ];

    private static IEnumerable<FieldChange?> OfficerChanges(OfficerEntry a, OfficerEntry b) =>
    [
        Value("name", a.Name, b.Name),
        Value("unit", a.Unit, b.Unit),
        Set("roles", a.Roles.Select(Text), b.Roles.Select(Text)),
        Value("email", a.Email, b.Email),
        Value("phone", a.Phone, b.Phone),
        Set("accounts", a.Accounts.Select(Text), b.Accounts.Select(Text)),
    ];

    private static IEnumerable<FieldChange?> TaskChanges(PlanFile beforeFile, TaskEntry a, PlanFile afterFile, TaskEntry b) =>
    [
        Value("title", a.Title, b.Title),
        Value("field", a.Field, b.Field),
        Value("index", a.Index is { } i ? Text(i) : null, b.Index is { } j ? Text(j) : null),
        Value("criterion", a.Criterion, b.Criterion),
        Value("score", Text(a.Score), Text(b.Score)),
        Value("target", a.Target, b.Target),
        Set("lead", a.Lead, b.Lead),
        Set("coordinating", a.Coordinating, b.Coordinating),
        Set("assignees", PlanFileQueries.EffectiveAssignees(beforeFile, a), PlanFileQueries.EffectiveAssignees(afterFile, b)),
        Value("deadline", Text(a.Deadline), Text(b.Deadline)),
        Value("deadlineText", a.DeadlineText, b.DeadlineText),
        Value("evidenceRequired", Text(a.EvidenceRequired), Text(b.EvidenceRequired)),
    ];

    private static IEnumerable<FieldChange?> ReportChanges(ReportEntry a, ReportEntry b) =>
    [
        Value("title", a.Title, b.Title),
        Value("cadence", Text(a.Cadence), Text(b.Cadence)),
        Value("dueDay", Text(a.DueDay), Text(b.DueDay)),
        Value("dueMonths", a.DueMonths is null ? null : string.Join(", ", a.DueMonths), b.DueMonths is null ? null : string.Join(", ", b.DueMonths)),
        Value("dueMonth", a.DueMonth is { } m ? Text(m) : null, b.DueMonth is { } n ? Text(n) : null),
        Value("window", Text(a.Window), Text(b.Window)),
        Set("submitters", a.Submitters, b.Submitters),
        Value("recipient", a.Recipient, b.Recipient),
    ];

    private static FieldChange? Value(string field, string? old, string? current) =>
        string.Equals(old, current, StringComparison.Ordinal) ? null : new FieldChange(field, old, current, null, null);

    private static FieldChange? Set(string field, IEnumerable<string> old, IEnumerable<string> current)
    {
        var before = old.ToList();
        var after = current.ToList();
        var added = after.Except(before, StringComparer.Ordinal).ToList();
        var removed = before.Except(after, StringComparer.Ordinal).ToList();
        return added.Count == 0 && removed.Count == 0
            ? null
            : new FieldChange(field, Joined(before), Joined(after), added, removed);
    }

    private static string? Joined(List<string> items) => items.Count == 0 ? null : string.Join(", ", items);

    /// <summary>A deadline as people read it in a change list: the date, or what kind of deadline it is.</summary>
    internal static string Text(Deadline deadline)
    {
        var checkIn = deadline.CheckIn is { } c ? $", check-in {Text(c)}" : string.Empty;
        return deadline.Kind switch
        {
            DeadlineKind.Date => Text(deadline.Date)!,
            DeadlineKind.Ongoing when deadline.Until is { } until => $"ongoing until {Text(until)}{checkIn}",
            DeadlineKind.Ongoing => $"ongoing{checkIn}",
            _ => $"year {deadline.Year}{checkIn}",
        };
    }

    private static string? Text(Score? score) => score is null ? null : $"{Text(score.Current)}/{Text(score.Max)}";

    private static string Text(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(bool value) => value ? "true" : "false";

    private static string? Text(DateOnly? date) => date is { } d ? PlanFileWriter.Iso(d) : null;

    private static string Text(ChatAccountEntry account) => $"{account.Channel}:{account.Id}";

    private static string Text(ReformIndex index) => PlanFileWireNames.Of(PlanFileWireNames.Indices, index);

    private static string Text(OfficerRole role) => PlanFileWireNames.Of(PlanFileWireNames.Roles, role);

    private static string Text(CheckInCadence cadence) => PlanFileWireNames.Of(PlanFileWireNames.CheckIns, cadence);

    private static string Text(ReportCadence cadence) => PlanFileWireNames.Of(PlanFileWireNames.Cadences, cadence);

    private static string Text(ReportWindow window) => PlanFileWireNames.Of(PlanFileWireNames.Windows, window);
}
