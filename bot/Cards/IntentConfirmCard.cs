using System.Text.Json.Nodes;
using ReformBot.Delivery;

namespace ReformBot.Cards;

/// <summary>
/// Asked when the bot is not sure enough of a change to apply it: the change as a question, "Đúng" and "Không
/// phải". The buttons carry only the token of the change kept on the server.
/// </summary>
public static class IntentConfirmCard
{
    public static CardContent Create(string question, string? message, string token) => new(CardNames.IntentConfirm, new JsonObject
    {
        ["question"] = question,
        ["message"] = string.IsNullOrWhiteSpace(message) ? null : CardTexts.Shorten(message, 300),
        ["token"] = token,
    })
    {
        Summary = CardTexts.Summary(question),
    };

    /// <summary>The same choice as quick-reply buttons, for channels without cards (Zalo).</summary>
    public static IReadOnlyList<MessageAction> Buttons(string token) =>
    [
        new(CardTexts.ConfirmYes, CardVerbs.IntentConfirm, new JsonObject { ["token"] = token }),
        new(CardTexts.ConfirmNo, CardVerbs.IntentCancel, new JsonObject { ["token"] = token }),
    ];

    /// <summary>The "Hoàn tác" button under a change just applied.</summary>
    public static MessageAction UndoButton(string token) => new(CardTexts.Undo, CardVerbs.ChangeUndo, new JsonObject { ["token"] = token });
}
