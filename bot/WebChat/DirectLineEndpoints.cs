using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using ReformBot.Admin;
using ReformBot.Channels.BotFramework;

namespace ReformBot.WebChat;

/// <summary>
/// Enough of Direct Line 3.0 for Web Chat with polling (<c>webSocket: false</c>): start a conversation with the token
/// the chat page got, post an activity, read the activities after a watermark. A posted activity goes to the same
/// pipeline as one from <c>/api/messages</c> (durable inbox, same handler) with this host as its serviceUrl, so the
/// bot's replies come back through <see cref="ConnectorEndpoints"/> into the conversation.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string ChannelId = "webchat";
    public const string BotId = "reformbot";
    public const string BotName = "ReformBot";
    private const int MaxActivityBytes = 256 * 1024;
    private const int TokenSeconds = 3600;

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v3/directline").DisableAntiforgery();
        group.MapPost("/conversations", StartConversation);
        group.MapGet("/conversations/{conversationId}", StartConversation);
        group.MapPost("/tokens/refresh", StartConversation);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        DirectLineUploads.Map(group);
    }

    /// <summary>The conversation the token opens (created when the chat page asked for the token).</summary>
    internal static Results<Created<DirectLineConversationResponse>, ProblemHttpResult> StartConversation(
        HttpRequest request, DirectLineConversations conversations, string? conversationId = null)
    {
        var conversation = conversations.FindByAuthorization(request.Headers.Authorization.FirstOrDefault());
        if (conversation is null || (conversationId is not null && conversationId != conversation.Id))
        {
            return Forbidden();
        }

        return TypedResults.Created(
            $"/v3/directline/conversations/{conversation.Id}", new DirectLineConversationResponse(conversation.Id, conversation.Token, TokenSeconds));
    }

    internal static async Task<Results<Ok<DirectLineResourceResponse>, ProblemHttpResult>> PostActivityAsync(
        string conversationId, HttpContext context, DirectLineConversations conversations, BotActivityProcessor processor, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var conversation = conversations.FindByAuthorization(context.Request.Headers.Authorization.FirstOrDefault());
        if (conversation is null || conversation.Id != conversationId)
        {
            return Forbidden();
        }

        var body = await RequestBody.ReadAsync(context.Request, MaxActivityBytes, cancellationToken);
        if (body is not { } bytes)
        {
            return TypedResults.Problem($"An activity is at most {MaxActivityBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large");
        }

        JsonObject? posted;
        try
        {
            posted = JsonNode.Parse(bytes.Span) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            posted = null;
        }

        return await SubmitAsync(posted, conversation, context, processor, time, cancellationToken);
    }

    /// <summary>
    /// Stamps a posted activity as the conversation's (who sent it and where it is are the conversation's, whatever the
    /// page said), stores it in the transcript and hands it to the bot.
    /// </summary>
    internal static async Task<Results<Ok<DirectLineResourceResponse>, ProblemHttpResult>> SubmitAsync(
        JsonObject? posted, DirectLineConversation conversation, HttpContext context, BotActivityProcessor processor, TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(processor);
        ArgumentNullException.ThrowIfNull(time);
        if (posted?["type"] is not JsonValue type || !type.TryGetValue<string>(out var kind) || kind is not (ActivityTypes.Message or ActivityTypes.Event))
        {
            return TypedResults.Problem("Send one JSON activity of type \"message\" or \"event\".", statusCode: StatusCodes.Status400BadRequest, title: "Invalid activity");
        }

        posted["channelId"] = ChannelId;
        posted["serviceUrl"] = ConnectorEndpoints.ServiceUrl(context);
        posted["conversation"] = new JsonObject { ["id"] = conversation.Id };
        posted["from"] = new JsonObject { ["id"] = conversation.UserId, ["name"] = conversation.UserName, ["role"] = "user" };
        posted["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName, ["role"] = "bot" };
        posted["timestamp"] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        posted.Remove("id");
        posted.Remove("replyToId");
        var (activity, problem) = ActivityDoor.Read(Encoding.UTF8.GetBytes(posted.ToJsonString()));
        if (activity is null)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "Invalid activity");
        }

        activity.Id = conversation.Add(posted);
        await processor.ProcessAsync(activity, cancellationToken);
        return TypedResults.Ok(new DirectLineResourceResponse(activity.Id));
    }

    internal static Results<Ok<DirectLineActivitySet>, ProblemHttpResult> GetActivities(
        string conversationId, HttpRequest request, DirectLineConversations conversations, string? watermark = null)
    {
        var conversation = conversations.FindByAuthorization(request.Headers.Authorization.FirstOrDefault());
        if (conversation is null || conversation.Id != conversationId)
        {
            return Forbidden();
        }

        var seen = 0;
        if (!string.IsNullOrEmpty(watermark) && (!int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out seen)))
        {
            return TypedResults.Problem("The watermark is the number the last answer gave.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid watermark");
        }

        var (activities, next) = conversation.Since(seen);
        return TypedResults.Ok(new DirectLineActivitySet(activities, next.ToString(CultureInfo.InvariantCulture)));
    }

    internal static ProblemHttpResult Forbidden() =>
        TypedResults.Problem("Send the token the chat page got, for this conversation, as a Bearer token.", statusCode: StatusCodes.Status403Forbidden, title: "Unknown token");
}
