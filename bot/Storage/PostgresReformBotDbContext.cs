using Microsoft.EntityFrameworkCore;

namespace ReformBot.Storage;

/// <summary>PostgreSQL, for several bot instances sharing the work.</summary>
public sealed class PostgresReformBotDbContext(DbContextOptions<PostgresReformBotDbContext> options) : ReformBotDbContext(options);
