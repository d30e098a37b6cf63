using Microsoft.EntityFrameworkCore;
using ReformBot.Calendar;
using ReformBot.Cards;
using ReformBot.Conversation;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Progress;

/// <summary>
/// Rebuilds a plan's progress as of a date from what the bot stored: each task's state and progress from the last
/// history entry made by the end of that day, an extension only once it was approved, a report only once submitted.
/// Tasks in view and counts follow <see cref="UnitOverview"/> (cancelled tasks left out, a task in view when a unit in
/// view leads it or someone in view answers for it, overdue once the legal end of its deadline has passed).
/// </summary>
internal sealed class ProgressSnapshotBuilder(ReformBotDbContext db, WorkingCalendar calendar)
{
    public async Task<ProgressSnapshot> BuildAsync(PlanView view, string? unitCode, DateOnly at, CancellationToken cancellationToken)
    {
        var planId = view.Plan.Id;
        var end = VietnamTime.ToUtc(at.AddDays(1), TimeOnly.MinValue);
        var taskIds = view.Tasks.Select(t => t.Id).ToList();

        // Filtered in memory: the histories are small and SQLite cannot compare DateTimeOffset columns.
        var changes = (await db.TaskStatusChanges.AsNoTracking().Where(c => taskIds.Contains(c.TaskId)).ToListAsync(cancellationToken))
            .OrderBy(c => c.At).ThenBy(c => c.Id).ToLookup(c => c.TaskId);
        var evidence = (await db.TaskEvidence.AsNoTracking().Where(e => taskIds.Contains(e.TaskId)).ToListAsync(cancellationToken))
            .Where(e => e.At < end).OrderBy(e => e.At).ThenBy(e => e.Id).ToLookup(e => e.TaskId);
        var requests = (await db.ExtensionRequests.AsNoTracking().Where(r => taskIds.Contains(r.TaskId)).ToListAsync(cancellationToken))
            .Where(r => r.RequestedAt < end).OrderBy(r => r.RequestedAt).ThenBy(r => r.Id).ToList();

        var tasks = view.Tasks.Where(t => t.State != TaskState.Cancelled && view.InScope(t))
            .Select(t => Row(view, t, at, end, changes[t.Id].ToList(), evidence[t.Id].ToList(), requests.Where(r => r.TaskId == t.Id).ToList()))
            .ToList();

        var units = view.AllUnits.Where(u => view.Units.Contains(u.Code)).Select(u =>
        {
            var within = view.Within(view.Tree.Subtree(u.Code));
            var refs = view.Tasks.Where(within.InScope).Select(t => t.Ref).ToHashSet(StringComparer.Ordinal);
            var rows = tasks.Where(r => refs.Contains(r.Ref)).ToList();
            var byStatus = Enum.GetValues<ProgressStatus>().ToDictionary(s => s, s => rows.Count(r => r.Status == s));
            return new UnitProgress(u.Code, u.Name, Depth(view, u.Code), ProgressCounts.Of(rows), byStatus);
        }).ToList();

        var taskById = view.Tasks.ToDictionary(t => t.Id);
        var extensions = requests.Where(r => taskById.ContainsKey(r.TaskId) && (view.Officer(r.OfficerId) is not { } o || view.Units.Contains(o.Unit)))
            .Select(r => Extension(view, taskById[r.TaskId], r, end))
            .ToList();

        return new ProgressSnapshot(
            view.Plan, view.ScopeName, unitCode, at, tasks, units, await SubmissionsAsync(view, at, end, cancellationToken), extensions);
    }

    private ProgressTaskRow Row(
        PlanView view, PlanTask task, DateOnly at, DateTimeOffset end,
        List<TaskStatusChange> all, List<TaskEvidence> evidence, List<ExtensionRequest> requests)
    {
        // Before its first history entry a task stood where that entry started from; with no entry, where it stands now.
        var history = all.Where(c => c.At < end).ToList();
        var last = history.Count > 0 ? history[^1] : null;
        var first = all.Count > 0 ? all[0] : null;
        var state = last?.NewState ?? first?.OldState ?? task.State;
        var progress = last?.NewProgress ?? first?.OldProgress ?? task.Progress;

        var extendedTo = task.ExtendedTo is null
            ? null
            : requests.Where(r => r.State == ExtensionState.Approved && r.DecidedAt < end).Select(r => r.ApprovedDate).LastOrDefault();
        var deadline = extendedTo is { } ext ? Extended(task.Deadline, ext) : task.Deadline;
        var due = deadline.ClosesOn;
        var legal = due is { } d ? calendar.LegalDueDate(d) : (DateOnly?)null;
        var overdue = state != TaskState.Done && legal is { } l && l < at;
        var extended = extendedTo is not null;
        var status = state == TaskState.Done ? ProgressStatus.Done
            : overdue ? ProgressStatus.Overdue
            : extended ? ProgressStatus.Extended
            : state is TaskState.InProgress or TaskState.Blocked || progress > 0 ? ProgressStatus.InProgress
            : ProgressStatus.NotStarted;

        var obstacle = state == TaskState.Done ? null : history.LastOrDefault(c => c.NewState == TaskState.Blocked && c.Note is not null)?.Note;
        var lastChange = history.Select(c => (c.At, c.OfficerId)).Concat(evidence.Select(e => (e.At, e.OfficerId))).OrderBy(x => x.At).LastOrDefault();
        return new ProgressTaskRow(
            task.Ref, task.Field, task.Index, task.Criterion, task.Score, task.Title,
            task.Lead, Names(view, task.Lead), Names(view, task.Coordinating),
            CardTexts.Deadline(task.Deadline, task.DeadlineText), due, legal, state, status, progress, overdue, extended,
            overdue ? at.DayNumber - legal!.Value.DayNumber : 0,
            [.. evidence.Select(e => e.Name is { Length: > 0 } name && name != e.Value ? $"{name}: {e.Value}" : e.Value)],
            obstacle,
            lastChange.OfficerId is null ? null : lastChange.At,
            lastChange.OfficerId is null ? null : view.Officer(lastChange.OfficerId)?.Name ?? lastChange.OfficerId,
            state == TaskState.Done ? history.LastOrDefault(c => c.NewState == TaskState.Done)?.At : null);
    }

    private static Deadline Extended(Deadline deadline, DateOnly to) => deadline.Kind switch
    {
        DeadlineKind.Date => deadline with { Date = to },
        DeadlineKind.Ongoing => deadline with { Until = to },
        _ => new Deadline(DeadlineKind.Ongoing, null, to, null, deadline.CheckIn),
    };

    private static ExtensionRow Extension(PlanView view, PlanTask task, ExtensionRequest request, DateTimeOffset end)
    {
        var decided = request.DecidedAt is { } at && at < end;
        var officer = view.Officer(request.OfficerId);
        return new ExtensionRow(
            task.Ref, task.Title, officer?.Name ?? request.OfficerId, officer is null ? null : view.UnitName(officer.Unit),
            request.RequestedAt, task.Deadline.ClosesOn, request.RequestedDate, request.Reason,
            decided ? request.State : ExtensionState.Pending,
            decided ? request.ApprovedDate : null,
            decided && request.DecidedBy is { } by ? view.Officer(by)?.Name ?? by : null,
            decided ? request.DecidedAt : null,
            decided ? request.DecisionNote : null);
    }

    private async Task<IReadOnlyList<SubmissionRow>> SubmissionsAsync(PlanView view, DateOnly at, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var schedules = await db.ReportSchedules.AsNoTracking()
            .Where(s => s.PlanId == view.Plan.Id && !s.IsCancelled).OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var rows = new List<SubmissionRow>();
        foreach (var schedule in schedules)
        {
            var periods = await db.ReportPeriods.AsNoTracking()
                .Where(p => p.ScheduleId == schedule.Id && p.DueDate <= at).OrderBy(p => p.DueDate).ToListAsync(cancellationToken);
            var ids = periods.Select(p => p.Id).ToList();
            var submissions = (await db.ReportSubmissions.AsNoTracking().Where(s => ids.Contains(s.PeriodId)).ToListAsync(cancellationToken))
                .Where(s => view.Units.Contains(s.UnitCode)).ToLookup(s => s.PeriodId);
            foreach (var period in periods)
            {
                var legal = calendar.LegalDueDate(period.DueDate);
                foreach (var submission in submissions[period.Id].OrderBy(s => UnitPosition(view, s.UnitCode)))
                {
                    var submittedAt = submission.SubmittedAt is { } s && s < end ? s : (DateTimeOffset?)null;
                    var late = submittedAt is { } when
                        ? Late(legal, VietnamTime.DateOf(when))
                        : Late(legal, at);
                    rows.Add(new SubmissionRow(
                        schedule.Code, schedule.Title, period.Label, period.DueDate, legal, submission.UnitCode,
                        view.UnitName(submission.UnitCode) ?? submission.UnitCode, submittedAt,
                        submittedAt is null || submission.SubmittedBy is not { } by ? null : view.Officer(by)?.Name ?? by,
                        late));
                }
            }
        }

        return rows;
    }

    /// <summary>Working days after the legal due day up to <paramref name="day"/>; null when not late.</summary>
    private int? Late(DateOnly legalDue, DateOnly day) => day > legalDue ? calendar.CountWorkingDays(legalDue.AddDays(1), day) : null;

    private static int UnitPosition(PlanView view, string code) => view.AllUnits.ToList().FindIndex(u => u.Code == code);

    private static int Depth(PlanView view, string code)
    {
        var depth = 0;
        var parent = view.AllUnits.FirstOrDefault(u => u.Code == code)?.Parent;
        while (parent is not null && view.Units.Contains(parent) && depth < view.AllUnits.Count)
        {
            depth++;
            parent = view.AllUnits.FirstOrDefault(u => u.Code == parent)?.Parent;
        }

        return depth;
    }

    private static string Names(PlanView view, IEnumerable<string> codes) => string.Join(", ", codes.Select(c => view.UnitName(c) ?? c));
}
