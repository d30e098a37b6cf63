using Microsoft.Extensions.Options;
using ReformBot.Calendar;

namespace ReformBot.Delivery;

/// <summary>
/// When the bot keeps quiet: outside <c>Delivery:QuietUntil</c>–<c>Delivery:QuietFrom</c> and on days off (weekends,
/// holidays), Vietnam time. Only urgent messages go out then.
/// </summary>
public sealed class QuietHours(WorkingCalendar calendar, IOptions<DeliveryOptions> options)
{
    public WorkingHours Hours => new(options.Value.QuietUntil, options.Value.QuietFrom);

    public bool IsQuiet(DateTimeOffset instant) => !Hours.IsOpen(calendar, instant);

    /// <summary>The first moment at or after <paramref name="instant"/> that is not quiet.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant) => Hours.NextOpening(calendar, instant);
}
