using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ReformBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The database (SQLite by default, PostgreSQL by <c>Storage:Provider=Postgres</c>), migrated at start-up.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Configure(o => o.ConnectionString ??= configuration.GetConnectionString(StorageOptions.ConnectionStringName))
            .Validate(
                o => o.Provider != StorageProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Storage:Provider=Postgres needs ConnectionStrings:ReformBot.")
            .Validate(o => IsValidConnectionString(o), "ConnectionStrings:ReformBot is not a valid connection string for the chosen Storage:Provider.")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ClusterOptions>().Bind(configuration.GetSection(ClusterOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        // The provider is read here, once, because EF Core needs it to build the context's options.
        var provider = StorageOptions.Read(configuration).Provider;
        services.AddSingleton<PlanStateStamp>();
        if (provider == StorageProvider.Postgres)
        {
            services.AddDbContext<ReformBotDbContext, PostgresReformBotDbContext>((sp, options) =>
                options.UseNpgsql(sp.GetRequiredService<IOptions<StorageOptions>>().Value.EffectiveConnectionString)
                    .AddInterceptors(sp.GetRequiredService<PlanStateStamp>()));
        }
        else
        {
            services.AddSingleton(sp => new SqliteConnectionSettings(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
            services.AddSingleton<SqliteWriteOnDemand>();
            services.AddDbContext<ReformBotDbContext, SqliteReformBotDbContext>((sp, options) =>
                options.UseSqlite(sp.GetRequiredService<IOptions<StorageOptions>>().Value.EffectiveConnectionString)
                    .AddInterceptors(
                        sp.GetRequiredService<SqliteConnectionSettings>(), sp.GetRequiredService<SqliteWriteOnDemand>(), sp.GetRequiredService<PlanStateStamp>()));
        }

        services.AddScoped<PlanStore>();
        services.AddHostedService<DatabaseMigrator>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    private static bool IsValidConnectionString(StorageOptions options)
    {
        try
        {
            if (options.Provider == StorageProvider.Sqlite)
            {
                return !string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(options.EffectiveConnectionString).DataSource);
            }

            _ = new Npgsql.NpgsqlConnectionStringBuilder(options.EffectiveConnectionString);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
