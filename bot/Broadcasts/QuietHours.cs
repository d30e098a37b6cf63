using Microsoft.Extensions.Options;
using ReformBot.Calendar;

namespace ReformBot.Broadcasts;

/// <summary>
/// When the bot keeps quiet: outside working hours and on days off (weekends, holidays), Vietnam time.
/// Only messages their sender marks urgent go out then.
/// </summary>
public sealed class QuietHours(WorkingCalendar calendar, IOptions<BroadcastOptions> options)
{
    private WorkingHours Hours => new(options.Value.QuietUntil, options.Value.QuietFrom);

    public bool IsQuiet(DateTimeOffset instant) => !Hours.IsOpen(calendar, instant);

    /// <summary>The first moment at or after <paramref name="instant"/> that is not quiet.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant) => Hours.NextOpening(calendar, instant);
}
