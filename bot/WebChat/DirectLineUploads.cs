using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using ReformBot.Channels.BotFramework;

namespace ReformBot.WebChat;

/// <summary>
/// Direct Line's file upload as Web Chat uses it (<c>POST /conversations/{id}/upload?userId=</c>, multipart: one
/// <c>activity</c> part of type <c>application/vnd.microsoft.activity</c> and a <c>file</c> part per file). Each file is
/// kept with the conversation and the activity goes to the bot with an attachment per file whose <c>contentUrl</c> is a
/// link to it on this host, unguessable like the Direct Line service's own storage links, which the bot fetches as it
/// fetches any chat file.
/// </summary>
internal static class DirectLineUploads
{
    /// <summary>Larger than any plan file the bot takes, so the bot itself answers "too large" in the chat.</summary>
    public const int MaxUploadBytes = 20 * 1024 * 1024;

    public const int MaxFiles = 5;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        group.MapGet("/conversations/{conversationId}/files/{fileId}", Download);
    }

    internal static async Task<Results<Ok<DirectLineResourceResponse>, ProblemHttpResult>> UploadAsync(
        string conversationId, HttpContext context, DirectLineConversations conversations, BotActivityProcessor processor, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var conversation = conversations.FindByAuthorization(context.Request.Headers.Authorization.FirstOrDefault());
        if (conversation is null || conversation.Id != conversationId)
        {
            return DirectLineEndpoints.Forbidden();
        }

        if (context.Request.ContentLength > MaxUploadBytes)
        {
            return TooLarge();
        }

        if (!context.Request.HasFormContentType)
        {
            return Invalid("Send multipart/form-data with an \"activity\" part and \"file\" parts.");
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Invalid("The multipart body could not be read.");
        }

        var files = form.Files.GetFiles("file");
        if (files.Count is 0 or > MaxFiles || files.Sum(f => f.Length) > MaxUploadBytes)
        {
            return files.Count == 0 ? Invalid("Send at least one \"file\" part.") : files.Count > MaxFiles ? Invalid($"Send at most {MaxFiles} files at once.") : TooLarge();
        }

        JsonObject? posted = null;
        if (form.Files.GetFile("activity") is { Length: > 0 and <= 256 * 1024 } part)
        {
            try
            {
                await using var stream = part.OpenReadStream();
                posted = await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken) as JsonObject;
            }
            catch (System.Text.Json.JsonException)
            {
                posted = null;
            }
        }

        if (posted is null)
        {
            return Invalid("The \"activity\" part is one JSON activity.");
        }

        var attachments = new JsonArray();
        foreach (var file in files)
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            var name = Path.GetFileName(file.FileName);
            var contentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType;
            var fileId = conversation.AddFile(new DirectLineFile(name, contentType, buffer.ToArray()));
            attachments.Add(new JsonObject
            {
                ["contentType"] = contentType,
                ["contentUrl"] = $"{ConnectorEndpoints.ServiceUrl(context)}v3/directline/conversations/{conversation.Id}/files/{fileId}",
                ["name"] = name,
            });
        }

        posted["type"] = ActivityTypes.Message;
        posted["attachments"] = attachments;
        return await DirectLineEndpoints.SubmitAsync(posted, conversation, context, processor, time, cancellationToken);
    }

    /// <summary>An uploaded file, to whoever has its link (the bot, and the page that shows it).</summary>
    internal static Results<FileContentHttpResult, NotFound> Download(string conversationId, string fileId, DirectLineConversations conversations) =>
        conversations.Find(conversationId)?.FindFile(fileId) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.Name)
            : TypedResults.NotFound();

    private static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid upload");

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem($"An upload is at most {MaxUploadBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large");
}
