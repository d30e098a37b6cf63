using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ReformBot.Storage;

/// <summary>
/// Per-connection SQLite settings, applied once to each native connection (a pooled connection keeps them, so the
/// next opens skip the command). Without a busy timeout,
/// Microsoft.Data.Sqlite retries a locked write by sleeping 150 ms, which under concurrent turns made most of the
/// latency; SQLite's own busy handler waits in steps of 1 ms and up. <c>synchronous=NORMAL</c> in WAL mode syncs at
/// checkpoints instead of at every commit: a commit survives a crash of the process, and only an OS crash or a power
/// cut may lose the last ones (<c>Storage:SqliteSynchronous=Full</c> syncs every commit).
/// </summary>
internal sealed class SqliteConnectionSettings(StorageOptions options) : DbConnectionInterceptor
{
    private readonly string pragmas =
        $"PRAGMA busy_timeout={(int)options.SqliteBusyTimeout.TotalMilliseconds}; PRAGMA synchronous={options.SqliteSynchronous.ToString().ToUpperInvariant()};";

    /// <summary>The native connections already set (pooled ones outlive their <see cref="SqliteConnection"/> wrappers).</summary>
    private readonly ConditionalWeakTable<object, object> applied = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Needs(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Needs(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private bool Needs(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection is not SqliteConnection { Handle: { } handle } || applied.TryAdd(handle, applied);
    }
}
