using System.Text.Json.Nodes;
using ReformBot.Delivery;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// A file sent in a Teams personal chat: an attachment of <see cref="DownloadInfo"/> whose <c>content.downloadUrl</c>
/// is pre-authenticated and short-lived (no bot token is sent with it). Elsewhere (Web Chat and Direct Line, the
/// Emulator) a file is an attachment with a <c>contentUrl</c> that is fetched the same way; in Teams such a link
/// (a pasted image) needs the bot's token and is not a plan file anyway.
/// </summary>
internal static class TeamsFiles
{
    public const string DownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    public static IncomingFile? Of(Activity activity, ChatFileDownloader downloader)
    {
        var attachment = activity.Attachments?.FirstOrDefault(a => a?.ContentType == DownloadInfo);
        if (attachment?.Content is not JsonObject content)
        {
            var sent = activity.ChannelId == "msteams"
                ? null
                : activity.Attachments?.FirstOrDefault(a => a?.ContentUrl is not null && a.ContentType is not ("text/html" or ActivityTypes.AdaptiveCardContentType));
            return sent is null ? null : downloader.For(sent.Name, null, sent.ContentUrl);
        }

        var url = content["downloadUrl"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        return downloader.For(attachment.Name, null, url);
    }
}
