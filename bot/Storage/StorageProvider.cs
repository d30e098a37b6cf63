namespace ReformBot.Storage;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
