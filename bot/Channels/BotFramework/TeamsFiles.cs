using System.Text.Json.Nodes;
using ReformBot.Delivery;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// A file sent in a Teams personal chat: an attachment of <see cref="DownloadInfo"/> whose <c>content.downloadUrl</c>
/// is pre-authenticated and short-lived (no bot token is sent with it).
/// </summary>
internal static class TeamsFiles
{
    public const string DownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    public static IncomingFile? Of(Activity activity, ChatFileDownloader downloader)
    {
        var attachment = activity.Attachments?.FirstOrDefault(a => a?.ContentType == DownloadInfo);
        if (attachment?.Content is not JsonObject content)
        {
            return null;
        }

        var url = content["downloadUrl"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        return downloader.For(attachment.Name, null, url);
    }
}
