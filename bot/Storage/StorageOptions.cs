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

    /// <summary>Filled from <c>ConnectionStrings:ReformBot</c>; SQLite falls back to <see cref="DefaultSqliteConnectionString"/>.</summary>
    public string? ConnectionString { get; set; }

    public string EffectiveConnectionString => string.IsNullOrWhiteSpace(ConnectionString)
        ? DefaultSqliteConnectionString
        : ConnectionString;
}
