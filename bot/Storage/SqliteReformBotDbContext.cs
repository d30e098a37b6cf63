using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ReformBot.Storage;

/// <summary>The embedded default: one SQLite file.</summary>
public sealed class SqliteReformBotDbContext(DbContextOptions<SqliteReformBotDbContext> options) : ReformBotDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite has no date-time type; as text, instants cannot be compared or ordered in queries. All instants are
        // stored in UTC, so their binary form orders correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
