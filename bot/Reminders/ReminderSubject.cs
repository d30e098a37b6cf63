namespace ReformBot.Reminders;

/// <summary>What a reminder is about: a task of a plan, or a submitting unit's report of one period.</summary>
public enum ReminderSubject
{
    Task,
    Report,
}
