using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using ReformBot.Admin;

namespace ReformBot.WebChat;

/// <summary>
/// The part of the Bot Connector API the bot calls to answer (<c>POST /v3/conversations/{id}/activities[/{replyTo}]</c>),
/// hosted in-process for the chat page's conversations: the chat page's activities carry this host as their serviceUrl,
/// so the one outbox and the reply sender work as with Teams and their messages land in the Direct Line conversation.
/// Only this machine may call it.
/// </summary>
internal static class ConnectorEndpoints
{
    private const int MaxActivityBytes = 256 * 1024;

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v3/conversations").DisableAntiforgery();
        group.MapPost("/{conversationId}/activities", SendAsync);
        group.MapPost("/{conversationId}/activities/{activityId}", SendAsync);
    }

    /// <summary>This host as the bot reaches it from the same machine.</summary>
    public static string ServiceUrl(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var port = context.Connection.LocalPort;
        if (port > 0 && request.Scheme == Uri.UriSchemeHttp && context.Connection.LocalIpAddress is { } address)
        {
            var host = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
            return $"http://{host}:{port.ToString(CultureInfo.InvariantCulture)}/";
        }

        return $"{request.Scheme}://{request.Host}/";
    }

    internal static async Task<Results<Ok<DirectLineResourceResponse>, JsonHttpResult<JsonObject>, ProblemHttpResult>> SendAsync(
        string conversationId, HttpContext context, DirectLineConversations conversations, TimeProvider time, CancellationToken cancellationToken,
        string? activityId = null)
    {
        if (context.Connection.RemoteIpAddress is { } remote && !System.Net.IPAddress.IsLoopback(remote))
        {
            return TypedResults.Problem("Only the bot on this machine writes here.", statusCode: StatusCodes.Status403Forbidden, title: "Not from this machine");
        }

        if (conversations.Find(conversationId) is not { } conversation)
        {
            // The Bot Connector's answer for a conversation it does not know: the bot marks the reference stale.
            return TypedResults.Json(
                new JsonObject { ["error"] = new JsonObject { ["code"] = "ConversationNotFound", ["message"] = "No chat page conversation has this id." } },
                statusCode: StatusCodes.Status404NotFound);
        }

        var body = await RequestBody.ReadAsync(context.Request, MaxActivityBytes, cancellationToken);
        JsonObject? activity = null;
        if (body is { } bytes)
        {
            try
            {
                activity = System.Text.Json.Nodes.JsonNode.Parse(bytes.Span) as JsonObject;
            }
            catch (System.Text.Json.JsonException)
            {
                activity = null;
            }
        }

        if (activity?["type"] is not JsonValue)
        {
            return TypedResults.Problem("Send one JSON activity.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid activity");
        }

        activity["conversation"] = new JsonObject { ["id"] = conversation.Id };
        activity["channelId"] = DirectLineEndpoints.ChannelId;
        if (activity["from"] is not JsonObject from)
        {
            activity["from"] = from = new JsonObject { ["id"] = DirectLineEndpoints.BotId, ["name"] = DirectLineEndpoints.BotName };
        }

        from["role"] = "bot";
        activity["timestamp"] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        activity.Remove("serviceUrl");
        if (activityId is not null)
        {
            activity["replyToId"] = activityId;
        }

        return TypedResults.Ok(new DirectLineResourceResponse(conversation.Add(activity)));
    }
}
