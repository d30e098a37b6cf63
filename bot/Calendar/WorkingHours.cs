namespace ReformBot.Calendar;

/// <summary>The hours of a working day (Vietnam time) in which the bot may speak first; days off have none.</summary>
public sealed record WorkingHours(TimeOnly Opens, TimeOnly Closes)
{
    public bool IsOpen(WorkingCalendar calendar, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var local = VietnamTime.ToLocal(instant);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) && time >= Opens && time < Closes;
    }

    /// <summary>The first moment at or after <paramref name="instant"/> inside working hours.</summary>
    public DateTimeOffset NextOpening(WorkingCalendar calendar, DateTimeOffset instant)
    {
        if (IsOpen(calendar, instant))
        {
            return instant;
        }

        var local = VietnamTime.ToLocal(instant);
        var date = DateOnly.FromDateTime(local.DateTime);
        var day = TimeOnly.FromDateTime(local.DateTime) < Opens ? calendar.WorkingDayOnOrAfter(date) : calendar.NextWorkingDay(date);
        return VietnamTime.ToUtc(day, Opens);
    }
}
