using ReformBot.Delivery;

namespace ReformBot.Progress;

/// <summary>
/// The files offered in chat (workbooks, report drafts, a plan draft's warnings), rebuilt from their signed token (as
/// of the date it carries) when a channel sends the file itself; a refusal says in Vietnamese why there is none.
/// </summary>
internal sealed class ProgressOfferedFiles(DownloadLinks links, ProgressDownloads downloads) : IOfferedFiles
{
    public async Task<OpenedFile> OpenAsync(string token, string channel, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } read)
        {
            return OpenedFile.Refused(null);
        }

        var result = await downloads.BuildAsync(read, channel, cancellationToken);
        return result.File is { } file
            ? new OpenedFile(new OutgoingFile(file.FileName, file.ContentType, file.Content), null)
            : OpenedFile.Refused(result.ChatText);
    }

    public string? Link(string token) => links.Read(token) is null ? null : links.Url(token);
}
