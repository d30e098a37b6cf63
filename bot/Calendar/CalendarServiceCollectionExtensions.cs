using Microsoft.Extensions.Options;

namespace ReformBot.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="CalendarOptions"/> (checked at start-up: an overrides file must exist and parse, so that a
    /// typo stops the deployment instead of silently sending reminders on a holiday) and registers the
    /// <see cref="WorkingCalendar"/> singleton, the <c>calendar</c> health check and the start-up warning about a current
    /// or next year without an announcement.
    /// </summary>
    public static IServiceCollection AddCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CalendarOptions>()
            .Bind(configuration.GetSection(CalendarOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CalendarOptions>, OptionsValidator>();
        services.AddSingleton(sp => new WorkingCalendar(LoadOverrides(sp.GetRequiredService<IOptions<CalendarOptions>>().Value)));
        services.AddHostedService<CalendarAnnouncementWarning>();
        services.AddHealthChecks().AddCheck<CalendarHealthCheck>("calendar");
        return services;
    }

    private static CalendarOverrides LoadOverrides(CalendarOptions options) =>
        string.IsNullOrWhiteSpace(options.OverridesPath) ? CalendarOverrides.BuiltIn : CalendarOverrides.Load(options.OverridesPath);

    private sealed class OptionsValidator : IValidateOptions<CalendarOptions>
    {
        public ValidateOptionsResult Validate(string? name, CalendarOptions options)
        {
            if (string.IsNullOrWhiteSpace(options.OverridesPath))
            {
                return ValidateOptionsResult.Success;
            }

            if (!File.Exists(options.OverridesPath))
            {
                return ValidateOptionsResult.Fail(
                    $"Calendar:OverridesPath: the file {Path.GetFullPath(options.OverridesPath)} does not exist.");
            }

            try
            {
                _ = CalendarOverrides.Load(options.OverridesPath);
                return ValidateOptionsResult.Success;
            }
            catch (CalendarOverridesException e)
            {
                return ValidateOptionsResult.Fail($"Calendar:OverridesPath: {e.Message}");
            }
        }
    }
}
