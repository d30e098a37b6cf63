using Npgsql;

namespace ReformBot.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests may use: <c>REFORMBOT_TEST_POSTGRES</c> holds an Npgsql connection string for a role
/// that can create databases (<c>.ci/run</c> sets it). Each test database is created on it and dropped afterwards.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "REFORMBOT_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsAvailable => ConnectionString is not null;

    /// <summary>Creates an empty database with a fresh name and returns the connection string that reaches it.</summary>
    public static string CreateDatabase()
    {
        var server = new NpgsqlConnectionStringBuilder(ConnectionString ?? throw new InvalidOperationException(
            $"{Variable} is not set: a test class on PostgreSQL must be marked [{nameof(RequiresPostgresAttribute)}] so that it runs only when the server is there."));
        var name = "reformbot_test_" + Guid.NewGuid().ToString("N");
        Execute(server.ConnectionString, $"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Creates the database a connection string names (one <see cref="DropDatabase"/> removed, say).</summary>
    public static void CreateDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        Execute(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString, $"CREATE DATABASE \"{name}\"");
    }

    public static void DropDatabase(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        var server = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString;
        Execute(server, $"DROP DATABASE IF EXISTS \"{database.Database}\" WITH (FORCE)");
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
