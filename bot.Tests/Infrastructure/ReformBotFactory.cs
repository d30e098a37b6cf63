using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Storage;

namespace ReformBot.Tests.Infrastructure;

/// <summary>
/// The whole service in memory (ASP.NET Core test server) on a real SQLite file of its own. Settings are passed
/// as configuration, exactly as an operator would set them.
/// </summary>
public sealed class ReformBotFactory : WebApplicationFactory<Program>
{
    private readonly TemporaryDirectory directory = new();
    private readonly Dictionary<string, string?> settings;
    private readonly string environment;
    private readonly Action<IServiceCollection>? configureServices;

    /// <param name="configureServices">Replaces or adds services after the service's own (test conversation handlers, clocks, HTTP handlers).</param>
    public ReformBotFactory(
        IDictionary<string, string?>? settings = null, string environment = "Development", Action<IServiceCollection>? configureServices = null)
    {
        this.environment = environment;
        this.configureServices = configureServices;
        this.settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ReformBot"] = $"Data Source={DatabasePath}",
            ["Demo:LoadSamplePlan"] = "false",

            // Tests drive reminder cycles themselves; the reminder tests switch the scheduler back on.
            ["Reminders:SchedulerEnabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }
    }

    public string DatabasePath => directory.File("reformbot.db");

    public TemporaryDirectory Directory => directory;

    public ReformBotDbContext CreateDbContext() =>
        Services.CreateScope().ServiceProvider.GetRequiredService<ReformBotDbContext>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            directory.Dispose();
        }
    }
}
