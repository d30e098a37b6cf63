using Microsoft.Extensions.Options;
using ReformBot.Calendar;

namespace ReformBot.Broadcasts;

/// <summary>
/// When the bot keeps quiet: outside working hours and on days off (weekends, holidays), Vietnam time.
/// Only messages their sender marks urgent go out then.
/// </summary>
public sealed class QuietHours(WorkingCalendar calendar, IOptions<BroadcastOptions> options)
{
    public bool IsQuiet(DateTimeOffset instant)
    {
        var local = VietnamTime.ToLocal(instant);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return !calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) || time < options.Value.QuietUntil || time >= options.Value.QuietFrom;
    }

    /// <summary>The first moment at or after <paramref name="instant"/> that is not quiet.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant)
    {
        if (!IsQuiet(instant))
        {
            return instant;
        }

        var local = VietnamTime.ToLocal(instant);
        var date = DateOnly.FromDateTime(local.DateTime);
        var day = TimeOnly.FromDateTime(local.DateTime) < options.Value.QuietUntil ? calendar.WorkingDayOnOrAfter(date) : calendar.NextWorkingDay(date);
        return VietnamTime.ToUtc(day, options.Value.QuietUntil);
    }
}
