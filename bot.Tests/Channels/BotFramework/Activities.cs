using System.Text.Json.Nodes;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>Activity JSON as Teams sends it (fields the bot does not read included).</summary>
public static class Activities
{
    public static JsonObject Message(string serviceUrl, string? text, string id = "msg-1", string channelId = "msteams")
    {
        var activity = Base("message", serviceUrl, id, channelId);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        activity["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "text/html", ["content"] = $"<p>{text}</p>" });
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "vi-VN", ["country"] = "VN", ["platform"] = "Web" });
        return activity;
    }

    /// <summary>An Action.Submit: a message with the card's data as <c>value</c>, no text, replying to the card's message.</summary>
    public static JsonObject Submit(string serviceUrl, JsonObject value, string id = "submit-1")
    {
        var activity = Base("message", serviceUrl, id, "msteams");
        activity["value"] = value;
        activity["replyToId"] = "card-message-1";
        return activity;
    }

    public static JsonObject Execute(string serviceUrl, string verb, JsonObject data, string id = "invoke-1")
    {
        var activity = Base("invoke", serviceUrl, id, "msteams");
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "card-message-1";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "btn", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public static JsonObject BotAdded(string serviceUrl, string id = "update-1")
    {
        var activity = Base("conversationUpdate", serviceUrl, id, "msteams");
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotTestHost.BotId });
        activity["channelData"]!["eventType"] = "teamMemberAdded";
        return activity;
    }

    public static JsonObject Installed(string serviceUrl, string id = "install-1")
    {
        var activity = Base("installationUpdate", serviceUrl, id, "msteams");
        activity["action"] = "add";
        return activity;
    }

    public static JsonObject Base(string type, string serviceUrl, string id, string channelId) => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["timestamp"] = "2024-04-01T01:00:00.000Z",
        ["localTimestamp"] = "2024-04-01T08:00:00.000+07:00",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = BotTestHost.UserId, ["name"] = "Nguyễn Văn A", ["aadObjectId"] = "aad-user-a" },
        ["conversation"] = new JsonObject
        {
            ["conversationType"] = "personal",
            ["tenantId"] = BotTestHost.TenantId,
            ["id"] = BotTestHost.ConversationId,
            ["x-unknown-conversation-field"] = "kept",
        },
        ["recipient"] = new JsonObject { ["id"] = BotTestHost.BotId, ["name"] = "ReformBot" },
        ["locale"] = "vi-VN",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = BotTestHost.TenantId } },
        ["someFutureField"] = new JsonObject { ["x"] = 1 },
    };
}
