using System.Collections.Concurrent;

namespace ReformBot.Reminders;

/// <summary>
/// The people no channel reached in the current send round, gathered from all of its concurrent lanes (each with its
/// own scope) so that the round's end writes one notice per recipient listing all of them. One per process: a process
/// runs one round at a time (<see cref="ReminderCycle"/>).
/// </summary>
public sealed class UnreachableFindings
{
    private readonly ConcurrentQueue<UnreachablePerson> found = new();

    public void Add(UnreachablePerson person) => found.Enqueue(person);

    /// <summary>Everyone gathered since the last call.</summary>
    public List<UnreachablePerson> Take()
    {
        var taken = new List<UnreachablePerson>();
        while (found.TryDequeue(out var person))
        {
            taken.Add(person);
        }

        return taken;
    }
}

/// <summary>One person no channel reached, with the plans and items of the message that failed.</summary>
public sealed record UnreachablePerson(string OfficerId, IReadOnlyList<int> PlanIds, IReadOnlyList<string> Items);
