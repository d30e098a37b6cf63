using Microsoft.EntityFrameworkCore;

namespace ReformBot.Storage;

/// <summary>PostgreSQL, for several bot instances sharing the work.</summary>
public sealed class PostgresReformBotDbContext(DbContextOptions<PostgresReformBotDbContext> options) : ReformBotDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<NormalizedDecimalConverter>();
    }
}
