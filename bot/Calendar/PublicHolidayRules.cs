namespace ReformBot.Calendar;

/// <summary>
/// The statutory public holidays as computed without any Government announcement. Labour Code 2019 (Art. 112, in force
/// from 2021): 1/1; Tết Nguyên đán, five days; Hùng Kings' day (10/3 lunar); 30/4; 1/5; 2/9 and one adjacent day.
/// Labour Code 2012 (Art. 115, before 2021): the same but 2/9 only. A holiday on a weekend gives a compensatory day
/// off on the next working day (2019 Art. 111 §3; 2012 Art. 115 §3). The Government fixes Tết and the National Day
/// break each year; <see cref="CalendarOverrides"/> carries those announcements.
/// </summary>
public static class PublicHolidayRules
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public const string NewYearName = "Tết Dương lịch";
    public const string TetName = "Tết Nguyên đán";
    public const string HungKingsName = "Giỗ Tổ Hùng Vương";
    public const string ReunificationName = "Ngày Chiến thắng";
    public const string LabourDayName = "Ngày Quốc tế Lao động";
    public const string NationalDayName = "Quốc khánh";
    public const string CompensatoryPrefix = "Nghỉ bù ";

    /// <summary>The first year under Labour Code 2019 (Law 45/2019/QH14, in force from 01/01/2021).</summary>
    public const int LabourCode2019From = 2021;

    /// <summary>The law whose holidays apply in a year, as cited in the calendar's sources.</summary>
    public static string LabourCode(int year) =>
        year >= LabourCode2019From ? "Bộ luật Lao động 2019, Điều 112" : "Bộ luật Lao động 2012, Điều 115";

    /// <summary>The rule that gives a compensatory day when a holiday falls on a weekend.</summary>
    public static string CompensationRule(int year) =>
        year >= LabourCode2019From ? "Bộ luật Lao động 2019, Điều 111 khoản 3" : "Bộ luật Lao động 2012, Điều 115 khoản 3";

    /// <summary>The statutory holidays of a year in date order, weekends included (they are what earns compensation).</summary>
    public static IReadOnlyList<DayOff> Holidays(int year)
    {
        CheckYear(year);
        return
        [
            new DayOff(new DateOnly(year, 1, 1), NewYearName),
            .. TetDays(year),
            HungKingsDay(year),
            new DayOff(new DateOnly(year, 4, 30), ReunificationName),
            new DayOff(new DateOnly(year, 5, 1), LabourDayName),
            .. NationalDays(year),
        ];
    }

    /// <summary>
    /// The five Tết days by default: the last day of the old lunar year and mùng 1–4, the split the Government chose
    /// most often before 2024 (the yearly announcement may move it, see <see cref="CalendarOverrides"/>).
    /// </summary>
    public static IReadOnlyList<DayOff> TetDays(int year)
    {
        CheckYear(year);
        var newYear = VietnameseLunarCalendar.NewYear(year);
        return [.. Enumerable.Range(-1, 5).Select(i => new DayOff(newYear.AddDays(i), TetName))];
    }

    /// <summary>10/3 of the lunar year that starts in this solar year; it always falls in March–May.</summary>
    public static DayOff HungKingsDay(int year)
    {
        CheckYear(year);
        return new DayOff(VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10)), HungKingsName);
    }

    /// <summary>
    /// Before 2021 (Labour Code 2012) 2/9 alone. From 2021, 2/9 and the adjacent day: the law lets the Prime Minister
    /// pick the day before or after; the default picks the
    /// one that joins the holiday to a weekend, as the announcements of 2021–2025 did (Mon → 3/9, Tue → 1/9,
    /// Thu → 3/9, Fri → 1/9, Sat → 1/9); Wednesday takes 1/9, Sunday 3/9.
    /// </summary>
    public static IReadOnlyList<DayOff> NationalDays(int year)
    {
        CheckYear(year);
        var national = new DateOnly(year, 9, 2);
        if (year < LabourCode2019From)
        {
            return [new DayOff(national, NationalDayName)];
        }

        var adjacent = national.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday or DayOfWeek.Sunday
            ? national.AddDays(1)
            : national.AddDays(-1);
        return [.. new[] { national, adjacent }.Order().Select(d => new DayOff(d, NationalDayName))];
    }

    /// <summary>The weekdays off of a year by the rules alone (no announcement): holidays plus compensatory days.</summary>
    public static IReadOnlyList<DayOff> DaysOff(int year) => YearCalendar.Build(year, null).WeekdayDaysOff;

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    internal static void CheckYear(int year, string paramName = "year")
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(paramName, year, $"The working calendar covers {MinYear}–{MaxYear}.");
        }
    }
}
