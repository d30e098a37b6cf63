namespace ReformBot.Plans;

/// <summary>
/// A reporting schedule: every period each submitting unit owes one report to <see cref="Recipient"/>.
/// <see cref="DueMonths"/> is for quarterly schedules (null: March, June, September, December);
/// <see cref="DueMonth"/> for yearly ones. <see cref="DueDay"/> is clamped to the month's last day.
/// </summary>
public sealed record ReportEntry(
    string Code,
    string Title,
    ReportCadence Cadence,
    int DueDay,
    IReadOnlyList<int>? DueMonths,
    int? DueMonth,
    ReportWindow Window,
    IReadOnlyList<string> Submitters,
    string Recipient);
