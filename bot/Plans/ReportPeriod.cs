namespace ReformBot.Plans;

/// <summary>
/// One occurrence of a reporting schedule, stored so that each submitting unit's submission has a row to be marked on.
/// Keyed by its due date.
/// </summary>
public sealed class ReportPeriod
{
    private ReportPeriod()
    {
        Label = string.Empty;
    }

    public ReportPeriod(long scheduleId, DateOnly dueDate, DateOnly? windowStart, DateOnly? windowEnd, string label)
    {
        ScheduleId = scheduleId;
        DueDate = dueDate;
        WindowStart = windowStart;
        WindowEnd = windowEnd;
        Label = label;
    }

    public long Id { get; private set; }
    public long ScheduleId { get; private set; }
    public DateOnly DueDate { get; private set; }
    public DateOnly? WindowStart { get; private set; }
    public DateOnly? WindowEnd { get; private set; }

    /// <summary>How people name the period, e.g. "tháng 11/2024", "quý IV/2024".</summary>
    public string Label { get; private set; }

    public void Reshape(DateOnly? windowStart, DateOnly? windowEnd, string label)
    {
        WindowStart = windowStart;
        WindowEnd = windowEnd;
        Label = label;
    }
}
