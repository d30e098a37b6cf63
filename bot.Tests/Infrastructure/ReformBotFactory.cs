using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Storage;

namespace ReformBot.Tests.Infrastructure;

/// <summary>
/// The whole service in memory (ASP.NET Core test server) on a real database: a SQLite file of its own by default, a
/// fresh PostgreSQL database for <see cref="StorageProvider.Postgres"/>, or a <see cref="TestDatabase"/> that outlives
/// the host and that several hosts may share. Settings are passed as configuration, exactly as an operator would set them.
/// </summary>
public sealed class ReformBotFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase database;
    private readonly bool ownsDatabase;
    private readonly Dictionary<string, string?> settings;
    private readonly string environment;
    private readonly Action<IServiceCollection>? configureServices;

    /// <param name="configureServices">Replaces or adds services after the service's own (test conversation handlers, clocks, HTTP handlers).</param>
    /// <param name="storage">The provider of the database this host creates and removes with itself.</param>
    /// <param name="database">A database that outlives the host (the caller disposes it); wins over <paramref name="storage"/>.</param>
    public ReformBotFactory(
        IDictionary<string, string?>? settings = null,
        string environment = "Development",
        Action<IServiceCollection>? configureServices = null,
        StorageProvider storage = StorageProvider.Sqlite,
        TestDatabase? database = null)
    {
        this.environment = environment;
        this.configureServices = configureServices;
        ownsDatabase = database is null;
        this.database = database ?? TestDatabase.Create(storage);
        this.settings = new Dictionary<string, string?>(this.database.Settings)
        {
            ["Demo:LoadSamplePlan"] = "false",

            // Tests drive reminder cycles themselves; the reminder tests switch the scheduler back on.
            ["Reminders:SchedulerEnabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }
    }

    public TestDatabase Database => database;

    /// <summary>The SQLite file (SQLite hosts only).</summary>
    public string DatabasePath => database.SqlitePath;

    /// <summary>A temporary directory of the host's own SQLite database (SQLite hosts only).</summary>
    public TemporaryDirectory Directory => database.Directory;

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
        if (disposing && ownsDatabase)
        {
            database.Dispose();
        }
    }
}
