namespace ReformBot.Plans;

/// <summary>
/// The data window (số liệu) a report covers. Wire names: previous-month, 15-to-14, reporting-year-to-date,
/// calendar-year-to-date, none. See the plan schema for each rule.
/// </summary>
public enum ReportWindow
{
    PreviousMonth,
    FifteenToFourteen,
    ReportingYearToDate,
    CalendarYearToDate,
    None,
}
