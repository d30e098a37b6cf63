namespace ReformBot.Storage;

/// <summary>
/// The lock that keeps SQLite migrations apart: a file next to the database (<c>reformbot.db.migrate-lock</c>) held open
/// without sharing, which the operating system gives to one holder at a time, across processes and within one.
/// </summary>
internal sealed class SqliteMigrationLock : IDisposable
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(50);
    private readonly FileStream? stream;

    private SqliteMigrationLock(FileStream? stream) => this.stream = stream;

    /// <param name="databaseFile">The database file, or null for an in-memory database (nothing to lock).</param>
    public static async Task<SqliteMigrationLock> AcquireAsync(string? databaseFile, CancellationToken cancellationToken)
    {
        if (databaseFile is null)
        {
            return new SqliteMigrationLock(null);
        }

        var path = databaseFile + ".migrate-lock";
        while (true)
        {
            try
            {
                return new SqliteMigrationLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException ex) when (ex is not DirectoryNotFoundException)
            {
                // Another instance holds it while it migrates; it is released when that one is done (or dies).
                await Task.Delay(RetryEvery, cancellationToken);
            }
        }
    }

    public void Dispose() => stream?.Dispose();
}
