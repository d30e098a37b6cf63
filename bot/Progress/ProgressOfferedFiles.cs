using ReformBot.Delivery;

namespace ReformBot.Progress;

/// <summary>The workbooks and drafts offered in chat, rebuilt from their signed token (as of the date it carries) when a channel sends the file itself.</summary>
internal sealed class ProgressOfferedFiles(DownloadLinks links, ProgressDownloads downloads) : IOfferedFiles
{
    public async Task<OutgoingFile?> OpenAsync(string token, string channel, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } read)
        {
            return null;
        }

        var result = await downloads.BuildAsync(read, channel, cancellationToken);
        return result.File is { } file ? new OutgoingFile(file.FileName, file.ContentType, file.Content) : null;
    }

    public string? Link(string token) => links.Read(token) is null ? null : links.Url(token);
}
