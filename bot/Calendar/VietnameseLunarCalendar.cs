namespace ReformBot.Calendar;

/// <summary>
/// Solar ↔ lunar conversion for Vietnam, after Hồ Ngọc Đức's published algorithm: new moons and solar terms are
/// computed astronomically and the day boundaries are taken at UTC+7. The time zone matters: China computes the
/// same calendar at UTC+8, and in some years (1985, 2007) a new moon close to midnight puts Vietnamese and Chinese
/// new year on different days. Valid for solar dates in 1900–2100.
/// </summary>
public static class VietnameseLunarCalendar
{
    /// <summary>Vietnam's civil time zone, in hours east of UTC.</summary>
    public const double VietnamOffsetHours = 7.0;

    public static readonly DateOnly MinSupportedDate = new(1900, 1, 1);
    public static readonly DateOnly MaxSupportedDate = new(2100, 12, 31);

    /// <summary>Julian day number of 1 January 0001 minus one, so that JDN = DateOnly.DayNumber + this.</summary>
    private const int JulianDayOfDayNumberZero = 1721426;

    private const double SynodicMonth = 29.530588853;
    private const double NewMoonEpoch = 2415021.076998695;

    /// <summary>The lunar date of a solar (Gregorian) date, in Vietnam.</summary>
    public static LunarDate ToLunar(DateOnly solar) => ToLunar(solar, VietnamOffsetHours);

    /// <summary>The solar date of a lunar date, in Vietnam.</summary>
    /// <exception cref="ArgumentException">The date does not exist (e.g. a leap month the year does not have).</exception>
    public static DateOnly ToSolar(LunarDate lunar) => ToSolar(lunar, VietnamOffsetHours);

    /// <summary>The solar date of mùng 1 Tết, the first day of the given lunar year.</summary>
    public static DateOnly NewYear(int lunarYear) => ToSolar(new LunarDate(lunarYear, 1, 1));

    /// <summary>For tests and comparisons only: the same calendar computed for another time zone (China: 8).</summary>
    internal static LunarDate ToLunar(DateOnly solar, double offsetHours)
    {
        CheckRange(solar, nameof(solar));
        var dayNumber = JulianDay(solar);
        var k = (int)Math.Floor((dayNumber - NewMoonEpoch) / SynodicMonth);
        var monthStart = NewMoonDay(k + 1, offsetHours);

        // The published code steps back once; near a time-zone boundary (e.g. April 2054) once is not enough.
        while (monthStart > dayNumber)
        {
            monthStart = NewMoonDay(k, offsetHours);
            k--;
        }

        // a11/b11: the starts of the eleventh lunar months (those holding the winter solstice) around the date.
        var a11 = LunarMonth11(solar.Year, offsetHours);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = solar.Year;
            a11 = LunarMonth11(solar.Year - 1, offsetHours);
        }
        else
        {
            lunarYear = solar.Year + 1;
            b11 = LunarMonth11(solar.Year + 1, offsetHours);
        }

        var lunarDay = dayNumber - monthStart + 1;
        var diff = (int)Math.Floor((monthStart - a11) / 29.0);
        var isLeap = false;
        var lunarMonth = diff + 11;
        if (b11 - a11 > 365)
        {
            // Thirteen months between two solstice months: the first month without a major solar term is the leap one.
            var leapMonthDiff = LeapMonthOffset(a11, offsetHours);
            if (diff >= leapMonthDiff)
            {
                lunarMonth = diff + 10;
                isLeap = diff == leapMonthDiff;
            }
        }

        if (lunarMonth > 12)
        {
            lunarMonth -= 12;
        }

        if (lunarMonth >= 11 && diff < 4)
        {
            lunarYear -= 1;
        }

        return new LunarDate(lunarYear, lunarMonth, lunarDay, isLeap);
    }

    internal static DateOnly ToSolar(LunarDate lunar, double offsetHours)
    {
        ArgumentNullException.ThrowIfNull(lunar);
        if (lunar.Year < MinSupportedDate.Year || lunar.Year > MaxSupportedDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(lunar), lunar, "The lunar year must be in 1900–2100.");
        }

        if (lunar.Month is < 1 or > 12 || lunar.Day is < 1 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(lunar), lunar, "A lunar month is 1–12 and a lunar day 1–30.");
        }

        int a11, b11;
        if (lunar.Month < 11)
        {
            a11 = LunarMonth11(lunar.Year - 1, offsetHours);
            b11 = LunarMonth11(lunar.Year, offsetHours);
        }
        else
        {
            a11 = LunarMonth11(lunar.Year, offsetHours);
            b11 = LunarMonth11(lunar.Year + 1, offsetHours);
        }

        var offset = lunar.Month - 11;
        if (offset < 0)
        {
            offset += 12;
        }

        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11, offsetHours);
            var leapMonth = leapOffset - 2;
            if (leapMonth < 0)
            {
                leapMonth += 12;
            }

            if (lunar.IsLeapMonth && lunar.Month != leapMonth)
            {
                throw new ArgumentException($"Lunar year {lunar.Year} has no leap month {lunar.Month}.", nameof(lunar));
            }

            if (lunar.IsLeapMonth || offset >= leapOffset)
            {
                offset += 1;
            }
        }
        else if (lunar.IsLeapMonth)
        {
            throw new ArgumentException($"Lunar year {lunar.Year} has no leap month.", nameof(lunar));
        }

        var k = (int)Math.Floor(0.5 + ((a11 - NewMoonEpoch) / SynodicMonth));
        var monthStart = NewMoonDay(k + offset, offsetHours);
        var nextMonthStart = NewMoonDay(k + offset + 1, offsetHours);
        if (lunar.Day > nextMonthStart - monthStart)
        {
            throw new ArgumentException($"Lunar month {lunar.Month}/{lunar.Year} has only {nextMonthStart - monthStart} days.", nameof(lunar));
        }

        return DateOnly.FromDayNumber(monthStart + lunar.Day - 1 - JulianDayOfDayNumberZero);
    }

    private static void CheckRange(DateOnly solar, string name)
    {
        if (solar < MinSupportedDate || solar > MaxSupportedDate)
        {
            throw new ArgumentOutOfRangeException(name, solar, "The lunar calendar is computed for 1900–2100.");
        }
    }

    private static int JulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    /// <summary>The local day (as a Julian day number) of the k-th new moon after 1 January 1900.</summary>
    private static int NewMoonDay(int k, double offsetHours) => (int)Math.Floor(NewMoon(k) + 0.5 + (offsetHours / 24));

    /// <summary>Which twelfth of the ecliptic (0 = spring equinox) the sun is in at local midnight starting the day.</summary>
    private static int SunLongitudeSector(int dayNumber, double offsetHours) =>
        (int)Math.Floor(SunLongitude(dayNumber - 0.5 - (offsetHours / 24)) / Math.PI * 6);

    /// <summary>The start of the lunar month holding the winter solstice of the given solar year.</summary>
    private static int LunarMonth11(int year, double offsetHours)
    {
        var off = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(off / SynodicMonth);
        var newMoon = NewMoonDay(k, offsetHours);
        if (SunLongitudeSector(newMoon, offsetHours) >= 9)
        {
            newMoon = NewMoonDay(k - 1, offsetHours);
        }

        return newMoon;
    }

    /// <summary>How many months after month 11 the leap month comes: the first month with no major solar term.</summary>
    private static int LeapMonthOffset(int a11, double offsetHours)
    {
        var k = (int)Math.Floor(((a11 - NewMoonEpoch) / SynodicMonth) + 0.5);
        var i = 1;
        var arc = SunLongitudeSector(NewMoonDay(k + i, offsetHours), offsetHours);
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i, offsetHours), offsetHours);
        }
        while (arc != last && i < 14);

        return i - 1;
    }

    /// <summary>Julian date (UT) of the k-th new moon after 1900-01-01 (Meeus' series, as in Hồ Ngọc Đức's code).</summary>
    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        const double dr = Math.PI / 180;
        var jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * dr);
        var m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        var c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * dr)) + (0.0021 * Math.Sin(2 * dr * m));
        c1 = c1 - (0.4068 * Math.Sin(mpr * dr)) + (0.0161 * Math.Sin(dr * 2 * mpr));
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 = c1 + (0.0104 * Math.Sin(dr * 2 * f)) - (0.0051 * Math.Sin(dr * (m + mpr)));
        c1 = c1 - (0.0074 * Math.Sin(dr * (m - mpr))) + (0.0004 * Math.Sin(dr * ((2 * f) + m)));
        c1 = c1 - (0.0004 * Math.Sin(dr * ((2 * f) - m))) - (0.0006 * Math.Sin(dr * ((2 * f) + mpr)));
        c1 = c1 + (0.0010 * Math.Sin(dr * ((2 * f) - mpr))) + (0.0005 * Math.Sin(dr * ((2 * mpr) + m)));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd1 + c1 - deltaT;
    }

    /// <summary>The sun's apparent longitude, in radians [0, 2π), at the given Julian date.</summary>
    private static double SunLongitude(double julianDate)
    {
        var t = (julianDate - 2451545.0) / 36525;
        var t2 = t * t;
        const double dr = Math.PI / 180;
        var m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var dl = (1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(dr * m);
        dl = dl + ((0.019993 - (0.000101 * t)) * Math.Sin(dr * 2 * m)) + (0.000290 * Math.Sin(dr * 3 * m));
        var l = (l0 + dl) * dr;
        return l - (Math.PI * 2 * Math.Floor(l / (Math.PI * 2)));
    }
}
