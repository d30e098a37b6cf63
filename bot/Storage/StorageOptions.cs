using System.ComponentModel.DataAnnotations;

namespace ReformBot.Storage;

/// <summary>Section <c>Storage</c>; the connection string is <c>ConnectionStrings:ReformBot</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";
    public const string ConnectionStringName = "ReformBot";
    public const string DefaultSqliteConnectionString = "Data Source=data/reformbot.db";

    [EnumDataType(typeof(StorageProvider))]
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// Whether the service applies pending migrations when it starts (under the database-wide migration lock). False when
    /// the <c>migrate</c> command runs as a deployment step of its own: the service then refuses to start on an old schema.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>SQLite only: how each commit is synced (see <see cref="SqliteSynchronous"/>).</summary>
    [EnumDataType(typeof(SqliteSynchronous))]
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Normal;

    /// <summary>SQLite only: how long a write waits for another connection's write to finish before it fails.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Filled from <c>ConnectionStrings:ReformBot</c>; SQLite falls back to <see cref="DefaultSqliteConnectionString"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The settings as configuration gives them, for registrations that need them before the container exists (EF Core's provider, Quartz's store).</summary>
    public static StorageOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(Section).Get<StorageOptions>() ?? new StorageOptions();
        options.ConnectionString ??= configuration.GetConnectionString(ConnectionStringName);
        return options;
    }

    public string EffectiveConnectionString => string.IsNullOrWhiteSpace(ConnectionString)
        ? DefaultSqliteConnectionString
        : ConnectionString;
}
