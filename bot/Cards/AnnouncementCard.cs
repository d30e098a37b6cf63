using System.Text.Json.Nodes;
using ReformBot.Delivery;

namespace ReformBot.Cards;

/// <summary>A coordinator's broadcast, with a "read" button so the sender can see who has seen it.</summary>
public static class AnnouncementCard
{
    /// <param name="announcementId">Identifies the broadcast; the read button carries it back.</param>
    /// <param name="url">An optional link (meeting, document) shown as a button.</param>
    public static CardContent Create(
        string announcementId, string title, string body, string senderName, bool urgent, DateTimeOffset sentAt, Uri? url = null)
    {
        var data = new JsonObject
        {
            ["title"] = title,
            ["body"] = body,
            ["sender"] = senderName,
            ["sentAt"] = CardTexts.Moment(sentAt),
            ["urgent"] = urgent,
            ["urgency"] = urgent ? CardTexts.Urgent : CardTexts.Normal,
            ["url"] = url?.AbsoluteUri,
            ["action"] = new JsonObject { ["announcementId"] = announcementId },
        };
        return new CardContent(CardNames.Announcement, data);
    }
}
