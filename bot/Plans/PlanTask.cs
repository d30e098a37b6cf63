namespace ReformBot.Plans;

/// <summary>
/// A task of a plan with its working state. What the plan file says is revised by new revisions; status and
/// progress belong to the officers and survive revisions.
/// </summary>
public sealed class PlanTask
{
    private PlanTask()
    {
        Ref = Title = string.Empty;
        Lead = Coordinating = AssigneeIds = [];
        Deadline = Deadline.On(DateOnly.MinValue);
    }

    public PlanTask(int planId, TaskEntry entry, IReadOnlyList<string> assigneeIds)
        : this()
    {
        PlanId = planId;
        Ref = entry.Ref;
        Revise(entry, assigneeIds);
    }

    public long Id { get; private set; }

    /// <summary>Place in the plan file, so that an export lists things in the order the coordinator wrote them.</summary>
    public int Position { get; set; }
    public int PlanId { get; private set; }
    public string Ref { get; private set; }
    public string Title { get; private set; }
    public string? Field { get; private set; }
    public ReformIndex? Index { get; private set; }
    public string? Criterion { get; private set; }
    public Score? Score { get; private set; }
    public string? Target { get; private set; }
    public IReadOnlyList<string> Lead { get; private set; }
    public IReadOnlyList<string> Coordinating { get; private set; }

    /// <summary>The assignees the file names; null when it names none.</summary>
    public IReadOnlyList<string>? ExplicitAssignees { get; private set; }

    /// <summary>Who answers for the task: the named assignees, else the heads of the lead units.</summary>
    public IReadOnlyList<string> AssigneeIds { get; private set; }
    public Deadline Deadline { get; private set; }
    public string? DeadlineText { get; private set; }
    public bool EvidenceRequired { get; private set; }

    /// <summary>
    /// The last day an approved extension gives, kept apart from <see cref="Deadline"/> so that the plan file (and its
    /// export and diff) stays as the coordinator wrote it. A revision that changes the deadline ends the extension.
    /// </summary>
    public DateOnly? ExtendedTo { get; private set; }

    /// <summary>The deadline in force: the plan's, moved to <see cref="ExtendedTo"/> when an extension was approved.</summary>
    public Deadline CurrentDeadline => ExtendedTo is not { } date ? Deadline : Deadline.Kind switch
    {
        DeadlineKind.Date => Deadline with { Date = date },
        DeadlineKind.Ongoing => Deadline with { Until = date },
        _ => new Deadline(DeadlineKind.Ongoing, null, date, null, Deadline.CheckIn),
    };

    public TaskState State { get; private set; }
    public int Progress { get; private set; }

    public bool IsAssignedTo(string officerId) => AssigneeIds.Contains(officerId, StringComparer.Ordinal);

    public void Revise(TaskEntry entry, IReadOnlyList<string> assigneeIds)
    {
        Title = entry.Title;
        Field = entry.Field;
        Index = entry.Index;
        Criterion = entry.Criterion;
        Score = entry.Score;
        Target = entry.Target;
        Lead = [.. entry.Lead];
        Coordinating = [.. entry.Coordinating];
        ExplicitAssignees = entry.Assignees is null ? null : [.. entry.Assignees];
        AssigneeIds = [.. assigneeIds];
        if (entry.Deadline != Deadline)
        {
            ExtendedTo = null;
        }

        Deadline = entry.Deadline;
        DeadlineText = entry.DeadlineText;
        EvidenceRequired = entry.EvidenceRequired;
        if (State == TaskState.Cancelled)
        {
            // A task that comes back in a later revision is work again; its earlier progress still counts.
            State = Progress > 0 ? TaskState.InProgress : TaskState.Open;
        }
    }

    /// <summary>
    /// Records what the officer reports. Done means 100 %; progress below 100 keeps a blocked task blocked until
    /// someone says otherwise. Returns the history entry, or null when nothing changed.
    /// </summary>
    public TaskStatusChange? Update(TaskState state, int progress, string officerId, string channel, string? note, DateTimeOffset at)
    {
        if (state == TaskState.Cancelled || State == TaskState.Cancelled)
        {
            throw new InvalidOperationException($"Task {Ref} is cancelled; it cannot be updated.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(progress, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(progress, 100);
        if (state == TaskState.Done)
        {
            progress = 100;
        }

        if (state == State && progress == Progress && note is null)
        {
            return null;
        }

        var change = new TaskStatusChange(Id, at, officerId, channel, State, state, Progress, progress, note);
        State = state;
        Progress = progress;
        return change;
    }

    /// <summary>Moves the task's last day to <paramref name="date"/>, which must be after the current one; the deadline text stays as the plan wrote it.</summary>
    public void ExtendTo(DateOnly date)
    {
        if (CurrentDeadline.ClosesOn is not { } closes)
        {
            throw new InvalidOperationException($"Task {Ref} has no closing date to extend.");
        }

        if (date <= closes)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Task {Ref} already runs until {closes:yyyy-MM-dd}.");
        }

        ExtendedTo = date;
    }

    /// <summary>The plan no longer has this task: stop chasing it but keep its history.</summary>
    public void Cancel() => State = TaskState.Cancelled;

    public TaskEntry ToEntry() => new(
        Ref, Title, Field, Index, Criterion, Score, Target, Lead, Coordinating, ExplicitAssignees, Deadline, DeadlineText, EvidenceRequired);
}
