namespace ReformBot.Delivery;

/// <summary>
/// A file a person sent to the bot (a Teams personal-chat file, a Zalo file event): its name, its size when the
/// channel tells it, and where its bytes come from. The channel that received it knows how to fetch them.
/// </summary>
public sealed record IncomingFile(string Name, long? Size, IIncomingFileSource Source)
{
    /// <summary>The file name's extension in lower case with its dot (".docx"); empty when it has none.</summary>
    public string Extension => Path.GetExtension(Name).ToLowerInvariant();
}

/// <summary>Fetches the bytes of an <see cref="IncomingFile"/>, never more than a limit.</summary>
public interface IIncomingFileSource
{
    Task<IncomingFileRead> ReadAsync(long maxBytes, CancellationToken cancellationToken);
}

/// <summary>
/// The bytes of an incoming file, or why there are none: larger than the limit (<see cref="TooLarge"/>), or not
/// fetched (the link failed, timed out or is not allowed).
/// </summary>
public sealed record IncomingFileRead(ReadOnlyMemory<byte>? Bytes, bool TooLarge)
{
    public static IncomingFileRead Unavailable { get; } = new(null, false);

    public static IncomingFileRead Larger { get; } = new(null, true);
}
