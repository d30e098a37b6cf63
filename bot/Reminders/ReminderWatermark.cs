namespace ReformBot.Reminders;

/// <summary>
/// How far reminders have been planned: everything due up to <see cref="PlannedUpTo"/> is written down. One row. After
/// downtime the next round plans from here, so missed reminders are caught up once.
/// </summary>
public sealed class ReminderWatermark
{
    public const int SingletonId = 1;

    private ReminderWatermark()
    {
    }

    public ReminderWatermark(DateTimeOffset plannedUpTo)
    {
        Id = SingletonId;
        PlannedUpTo = plannedUpTo.ToUniversalTime();
    }

    public int Id { get; private set; }
    public DateTimeOffset PlannedUpTo { get; private set; }

    public void MoveTo(DateTimeOffset plannedUpTo)
    {
        if (plannedUpTo > PlannedUpTo)
        {
            PlannedUpTo = plannedUpTo.ToUniversalTime();
        }
    }
}
