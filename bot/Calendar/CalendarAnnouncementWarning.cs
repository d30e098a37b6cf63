namespace ReformBot.Calendar;

/// <summary>Logs a warning at start-up naming the current or next year when it has no announcement.</summary>
internal sealed partial class CalendarAnnouncementWarning(WorkingCalendar calendar, TimeProvider time, ILogger<CalendarAnnouncementWarning> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var missing = calendar.YearsWithoutAnnouncement(VietnamTime.Today(time));
        if (missing.Count > 0)
        {
            LogMissing(string.Join(", ", missing), CalendarHealthCheck.Describe(missing));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Working calendar: no holiday announcement for {Years}. {Detail}")]
    private partial void LogMissing(string years, string detail);
}
