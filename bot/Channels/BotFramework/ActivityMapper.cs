using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReformBot.Cards;
using ReformBot.Delivery;

namespace ReformBot.Channels.BotFramework;

/// <summary>Converts between activities and the channel-neutral messages of <see cref="Conversation"/>.</summary>
internal sealed partial class ActivityMapper(ICardRenderer cards)
{
    /// <summary>What a person said or tapped. Card submits (a message with a <c>value</c> and no text) become actions.</summary>
    public static IncomingMessage ToIncoming(Activity activity, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = StripMentions(activity.Text);
        CardAction? action = null;
        if (activity.Type == ActivityTypes.Invoke)
        {
            action = ExecuteAction(activity.Value);
        }
        else if (string.IsNullOrEmpty(text) && activity.Value is JsonObject value)
        {
            // An Action.Submit (Web Chat, Emulator, Direct Line) carries its verb in the data: the handler gets the same data as from Execute.
            var data = (JsonObject)value.DeepClone();
            var verb = Verb(value);
            if (value[CardActionStyle.VerbField] is JsonValue)
            {
                data.Remove(CardActionStyle.VerbField);
            }

            action = new CardAction(verb, data);
        }

        return new IncomingMessage(
            activity.ChannelId ?? string.Empty,
            activity.From?.Id ?? string.Empty,
            activity.From?.AadObjectId,
            activity.Conversation?.Id ?? string.Empty,
            activity.Id,
            activity.ReplyToId,
            string.IsNullOrEmpty(text) ? null : text,
            action,
            [.. (activity.Attachments ?? []).Where(a => a is not null && IsFile(a)).Select(a => new MessageAttachment(a.ContentType ?? "application/octet-stream", a.ContentUrl, a.Name))],
            receivedAt);
    }

    /// <summary>The same sender, as someone who has just joined (for a welcome).</summary>
    public static IncomingMessage ToWelcome(Activity activity, ChannelAccount member, DateTimeOffset receivedAt) =>
        ToIncoming(activity, receivedAt) with
        {
            AccountId = member.Id ?? activity.From?.Id ?? string.Empty,
            AadObjectId = member.AadObjectId ?? (member.Id == activity.From?.Id ? activity.From?.AadObjectId : null),
            Text = null,
            Action = null,
        };

    /// <summary><c>Action.Execute</c> data of an <c>adaptiveCard/action</c> invoke; null when it is anything else.</summary>
    public static CardAction? ExecuteAction(JsonNode? value)
    {
        // Whatever shape the channel (or someone else) sent: anything but an object with string fields is no action.
        if ((value as JsonObject)?["action"] is not JsonObject action || Text(action["type"]) != "Action.Execute")
        {
            return null;
        }

        var data = action["data"] as JsonObject ?? [];
        return new CardAction(Text(action["verb"]) ?? string.Empty, (JsonObject)data.DeepClone());
    }

    /// <summary>
    /// A message in reply to <paramref name="incoming"/>: markdown text, or the card as an attachment with a short
    /// summary for notifications (one rendering: no text repeating the card), and quick replies.
    /// </summary>
    public Activity ToActivity(Activity incoming, OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(message);
        var activity = Fill(incoming.CreateReply(), message);
        if (message.File is { } file && message.Card is null && FileConsentCards.CanOffer(incoming))
        {
            // A Teams personal chat takes the file itself once the person allows it; the link is given if they decline.
            activity.Text = BotFrameworkTexts.FileConsentAsk(file.Name);
            activity.Attachments = [FileConsentCards.Consent(file)];
        }

        return activity;
    }

    public Activity Fill(Activity activity, OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(message);
        activity.Type = ActivityTypes.Message;
        if (message.Card is not null)
        {
            // Teams, Web Chat and the Emulator show the card; a text beside it would say the same thing twice. The
            // summary is what Teams puts in the notification and the chat list instead of "Card".
            activity.Attachments = [new Attachment(ActivityTypes.AdaptiveCardContentType, Render(message.Card, activity.ChannelId))];
            activity.Summary = message.Card.Summary ?? Summary(message.Text);
        }
        else
        {
            activity.Text = message.Text;
            activity.TextFormat = "markdown";
        }

        if (message.Actions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions([.. message.Actions.Select(ToCardAction)]);
        }

        return activity;
    }

    /// <summary>The card with its buttons as the channel runs them: Execute in Teams, Submit elsewhere.</summary>
    public JsonObject Render(CardContent card, string? channelId) => cards.Render(card, channelId);

    /// <summary>A plain quick reply says its title; one with a verb or data sends them as a card submit would.</summary>
    private static ActivityCardAction ToCardAction(MessageAction action)
    {
        if (string.IsNullOrEmpty(action.Verb) && action.Data.Count == 0)
        {
            return new ActivityCardAction("imBack", action.Title, JsonValue.Create(action.Title));
        }

        var value = (JsonObject)action.Data.DeepClone();
        value["verb"] = action.Verb;
        return new ActivityCardAction("messageBack", action.Title, value, DisplayText: action.Title);
    }

    private static string Verb(JsonObject value) =>
        (value["verb"] as JsonValue)?.ToString() ?? ((value["action"] as JsonObject)?["verb"] as JsonValue)?.ToString() ?? string.Empty;

    /// <summary>The first line of a message's text, without markdown emphasis, cut for a notification.</summary>
    private static string? Summary(string text)
    {
        var first = text.Split('\n', 2)[0].Replace("**", string.Empty, StringComparison.Ordinal).Trim();
        return first.Length == 0 ? null : CardTexts.Summary(first);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Teams repeats the message as <c>text/html</c> and cards arrive as attachments: neither is a file.</summary>
    private static bool IsFile(Attachment attachment) =>
        attachment.ContentType is not ("text/html" or ActivityTypes.AdaptiveCardContentType) &&
        (attachment.ContentUrl is not null || attachment.ContentType == "application/vnd.microsoft.teams.file.download.info");

    private static string? StripMentions(string? text) =>
        text is null ? null : Mention().Replace(text, string.Empty).Trim();

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}
