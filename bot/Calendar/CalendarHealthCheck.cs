using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ReformBot.Calendar;

/// <summary>
/// The <c>calendar</c> health check: Degraded when the current or the next year (Vietnam time) has no Government
/// announcement, since its Tết and National Day breaks and any swapped days are then only computed.
/// </summary>
internal sealed class CalendarHealthCheck(WorkingCalendar calendar, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var missing = calendar.YearsWithoutAnnouncement(VietnamTime.Today(time));
        var data = new Dictionary<string, object>
        {
            ["announcedYears"] = calendar.AnnouncedYears,
            ["yearsWithoutAnnouncement"] = missing,
        };
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy("The current and next years follow the Government's announcements.", data)
            : HealthCheckResult.Degraded(Describe(missing), data: data));
    }

    public static string Describe(IReadOnlyList<int> years) =>
        $"No Government holiday announcement for {string.Join(" and ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)))}: "
        + "its days off are computed from the Labour Code (Tết, the National Day break and swapped days may differ); "
        + "add the announcement with Calendar:OverridesPath.";
}
