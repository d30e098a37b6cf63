using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ReformBot.Storage;

/// <summary>Lets <c>dotnet ef migrations add X --context PostgresReformBotDbContext</c> build the model; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresReformBotDbContext>
{
    public PostgresReformBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresReformBotDbContext>().UseNpgsql("Host=localhost;Database=reformbot").Options);
}
