using System.Text.Json.Nodes;
using ReformBot.Delivery;

namespace ReformBot.Cards;

/// <summary>A coordinator's broadcast, with a "read" button so the sender can see who has seen it.</summary>
public static class AnnouncementCard
{
    /// <param name="announcementId">Identifies the broadcast; the read button carries it back.</param>
    /// <param name="title">The announcement's own title; null when it has none (the heading is then just "Thông báo").</param>
    /// <param name="url">An optional link (meeting, document) shown as a button.</param>
    public static CardContent Create(
        string announcementId, string? title, string body, string senderName, bool urgent, DateTimeOffset sentAt, Uri? url = null)
    {
        var heading = CardTexts.Announcement(title);
        var data = new JsonObject
        {
            ["heading"] = heading,
            ["title"] = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
            ["body"] = body,
            ["sender"] = senderName,
            ["sentAt"] = CardTexts.Moment(sentAt),
            ["urgent"] = urgent,
            ["urgency"] = urgent ? CardTexts.Urgent : CardTexts.Normal,
            ["url"] = url?.AbsoluteUri,
            ["action"] = new JsonObject { ["announcementId"] = announcementId },
        };
        return new CardContent(CardNames.Announcement, data)
        {
            Summary = CardTexts.Summary(CardTexts.AnnouncementSummary(heading, urgent, senderName, body)),
        };
    }
}
