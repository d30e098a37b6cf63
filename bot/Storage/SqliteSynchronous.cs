namespace ReformBot.Storage;

/// <summary>SQLite's <c>PRAGMA synchronous</c> as <c>Storage:SqliteSynchronous</c> names it.</summary>
public enum SqliteSynchronous
{
    /// <summary>WAL synced at checkpoints: commits survive a process crash, the last ones may be lost to a power cut.</summary>
    Normal,

    /// <summary>Every commit synced to disk.</summary>
    Full,
}
