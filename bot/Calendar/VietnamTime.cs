namespace ReformBot.Calendar;

/// <summary>
/// Local time in Vietnam (Asia/Ho_Chi_Minh, UTC+7, no daylight saving). Deadlines, working days and quiet hours are
/// all local, while the clock (<see cref="TimeProvider"/>) and storage are UTC; every conversion goes through here.
/// </summary>
public static class VietnamTime
{
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    /// <summary>Vietnam's offset from UTC; fixed since 1975.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>
    /// The system's zone when it has tz data; a container without tzdata (or ICU) gets a fixed UTC+7 zone, which is
    /// the same thing for every date the bot deals with.
    /// </summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary>The current local date and time, with its +07:00 offset.</summary>
    public static DateTimeOffset Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return ToLocal(clock.GetUtcNow());
    }

    /// <summary>Today's date in Vietnam (at 23:30 UTC it is already tomorrow there).</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);

    /// <summary>The same instant seen from Vietnam.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The local date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The UTC instant of a local wall-clock time, e.g. 08:00 on a due date.</summary>
    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time) => ToUtc(date.ToDateTime(time));

    /// <summary>The UTC instant of a local wall-clock time; the <see cref="DateTime.Kind"/> is ignored.</summary>
    public static DateTimeOffset ToUtc(DateTime localDateTime)
    {
        var unspecified = DateTime.SpecifyKind(localDateTime, DateTimeKind.Unspecified);
        var offset = Zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }

    private static TimeZoneInfo FindZone()
    {
        // .NET maps IANA ids to Windows ones itself when ICU is present; the Windows id covers a Windows host without it.
        foreach (var id in new[] { ZoneId, "SE Asia Standard Time" })
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id);
            }
            catch (TimeZoneNotFoundException)
            {
            }
            catch (InvalidTimeZoneException)
            {
            }
        }

        return TimeZoneInfo.CreateCustomTimeZone(ZoneId, Offset, "Indochina Time (UTC+7)", "Indochina Time");
    }
}
