namespace ReformBot.Delivery;

/// <summary>
/// The files behind <see cref="FileOffer.Token"/>s: a channel that takes files asks for the bytes when it is ready to
/// send them (after the person's consent in Teams), and for the signed link when it cannot.
/// </summary>
public interface IOfferedFiles
{
    /// <summary>The file the token stands for, built now in the scope checked when it was offered; null when the token is unknown, altered or expired, or the file can no longer be built.</summary>
    Task<OutgoingFile?> OpenAsync(string token, string channel, CancellationToken cancellationToken);

    /// <summary>The signed download link of a valid token; null when the token is unknown, altered or expired.</summary>
    string? Link(string token);
}
