using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ReformBot.Storage;

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteReformBotDbContext</c> build the model without starting the service.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteReformBotDbContext>
{
    public SqliteReformBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteReformBotDbContext>().UseSqlite(StorageOptions.DefaultSqliteConnectionString).Options);
}
