using System.Text.Json.Nodes;

namespace ReformBot.Delivery;

/// <summary>A card to show: the template's name in <c>cards/</c> (without <c>.json</c>) and the data bound into it.</summary>
public sealed record CardContent(string Template, JsonObject Data)
{
    /// <summary>
    /// One short plain line saying what the card is about ("Nhắc việc: nhiệm vụ 2.a · còn 5 ngày"): the notification
    /// and chat-list preview in Teams, where the card is sent without a text repeating it. Null: the channel falls back
    /// to the first line of the message's text.
    /// </summary>
    public string? Summary { get; init; }
}
