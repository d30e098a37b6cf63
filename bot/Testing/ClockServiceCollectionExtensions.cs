namespace ReformBot.Testing;

public static class ClockServiceCollectionExtensions
{
    /// <summary>
    /// The one clock every component reads (<see cref="TimeProvider"/>): the system clock, or with <c>Testing:Enabled</c>
    /// the <see cref="TestClock"/>, which start-up refuses in the Production environment.
    /// </summary>
    public static IServiceCollection AddClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(TestingOptions.Section);
        services.AddOptions<TestingOptions>()
            .Bind(section)
            .Validate(o => !o.Enabled || !environment.IsProduction(), "Testing:Enabled must not be true in the Production environment.")
            .ValidateOnStart();

        var settings = section.Get<TestingOptions>() ?? new TestingOptions();
        if (settings.Enabled)
        {
            var clock = new TestClock(TimeProvider.System, settings.ClockStart);
            services.AddSingleton(clock);
            services.AddSingleton<TimeProvider>(clock);
        }
        else
        {
            services.AddSingleton(TimeProvider.System);
        }

        return services;
    }
}
