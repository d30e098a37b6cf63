using System.Text.Json.Nodes;
using ReformBot.Delivery;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// The Teams file cards of a personal chat: the consent card that asks to put a file in the person's OneDrive
/// (its accept and decline contexts carry the offer's signed token), and the info card that shows the uploaded file.
/// </summary>
internal static class FileConsentCards
{
    public const string ConsentContentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoContentType = "application/vnd.microsoft.teams.card.file.info";
    public const string InvokeName = "fileConsent/invoke";
    public const string TokenField = "token";

    /// <summary>Teams takes files from a bot only in a personal chat.</summary>
    public static bool CanOffer(Activity incoming) =>
        incoming.ChannelId == "msteams" && incoming.Conversation is { IsShared: false, ConversationType: "personal" };

    public static Attachment Consent(FileOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return new Attachment(
            ConsentContentType,
            new JsonObject
            {
                ["description"] = BotFrameworkTexts.FileConsentDescription(offer.Name),
                ["sizeInBytes"] = offer.Size,
                ["acceptContext"] = new JsonObject { [TokenField] = offer.Token },
                ["declineContext"] = new JsonObject { [TokenField] = offer.Token },
            },
            Name: offer.Name);
    }

    public static Attachment Info(FileUploadInfo upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return new Attachment(
            InfoContentType,
            new JsonObject { ["uniqueId"] = upload.UniqueId, ["fileType"] = upload.FileType },
            upload.ContentUrl,
            upload.Name);
    }
}
