namespace ReformBot.Calendar;

/// <summary>
/// One period of a reporting schedule: the due date as the plan writes it (not moved off weekends: see
/// <see cref="WorkingCalendar.LegalDueDate"/>), the data window it covers (null for "none") and how people name it
/// ("Tháng 11/2024", "Quý I/2024", "6 tháng đầu năm 2024").
/// </summary>
public sealed record ReportOccurrence(DateOnly DueDate, DateOnly? WindowStart, DateOnly? WindowEnd, string Label);
