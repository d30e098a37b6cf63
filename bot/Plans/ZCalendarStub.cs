#pragma warning disable
// TEMPORARY until the calendar branch merges.
namespace ReformBot.Calendar
{
    public sealed record ReportOccurrence(DateOnly DueDate, DateOnly? WindowStart, DateOnly? WindowEnd, string Label);
    public static class ReportOccurrences { public static IReadOnlyList<ReportOccurrence> Between(ReformBot.Plans.ReportEntry e, DateOnly a, DateOnly b) => []; }
}
