namespace ReformBot.Calendar;

/// <summary>
/// A date of the Vietnamese lunisolar calendar (âm lịch). <see cref="IsLeapMonth"/> marks the repeated month
/// (tháng nhuận) that some years have, e.g. 2023 had a leap second month.
/// </summary>
public sealed record LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    /// <summary>Written the way calendars print it: "10/3/2024", "15/2 nhuận/2023".</summary>
    public override string ToString() =>
        IsLeapMonth ? $"{Day}/{Month} nhuận/{Year}" : $"{Day}/{Month}/{Year}";
}
