namespace ReformBot.Delivery;

/// <summary>
/// The files behind <see cref="FileOffer.Token"/>s: a channel that takes files asks for the bytes when it is ready to
/// send them (after the person's consent in Teams, before an upload to Zalo), and for the signed link when it cannot.
/// </summary>
public interface IOfferedFiles
{
    /// <summary>
    /// The file the token stands for, built now in the scope checked when it was offered; no file when the token is
    /// unknown, altered or expired, or the file can no longer be built (then <see cref="OpenedFile.Refusal"/> may say why).
    /// </summary>
    Task<OpenedFile> OpenAsync(string token, string channel, CancellationToken cancellationToken);

    /// <summary>The signed download link of a valid token; null when the token is unknown, altered or expired.</summary>
    string? Link(string token);
}

/// <summary>An offered file built again, or why not: <see cref="Refusal"/> in Vietnamese for the chat (null: just expired).</summary>
public sealed record OpenedFile(OutgoingFile? File, string? Refusal)
{
    public static OpenedFile Refused(string? refusal) => new(null, refusal);
}
