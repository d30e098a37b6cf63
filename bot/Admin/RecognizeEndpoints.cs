using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ReformBot.Calendar;
using ReformBot.Conversation;
using ReformBot.Conversation.Recognition;

namespace ReformBot.Admin;

/// <summary>Tries the intent recognizer on a message without sending anything: for tuning and support.</summary>
internal static class RecognizeEndpoints
{
    public const int MaxBodyBytes = 16 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapRecognize(this RouteGroupBuilder admin) => admin.MapPost("/recognize", Recognize);

    internal static async Task<Results<Ok<RecognizeResponse>, ProblemHttpResult>> Recognize(
        HttpRequest request, IntentModel model, IOptions<ConversationOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem(
                $"The request body is larger than {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");
        }

        RecognizeRequest? input;
        try
        {
            input = System.Text.Unicode.Utf8.IsValid(body.Value.Span) ? JsonSerializer.Deserialize<RecognizeRequest>(body.Value.Span, Json) : null;
        }
        catch (JsonException)
        {
            input = null;
        }

        if (input is null)
        {
            return BadRequest("The body must be a JSON object such as {\"text\": \"da xong nv 2.b\", \"today\": \"2024-11-20\"}.");
        }

        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return BadRequest("'text' is required and must not be blank.");
        }

        var today = VietnamTime.Today(time);
        if (input.Today is not null
            && (!DateOnly.TryParseExact(input.Today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today)
                || today.Year is < AuditEndpoints.MinYear or > AuditEndpoints.MaxYear))
        {
            return BadRequest("'today' must be an ISO date such as 2024-11-20, between the years 1900 and 2200.");
        }

        if (input.PlanRefs is { } given && (given.Count > 2000 || given.Any(r => string.IsNullOrWhiteSpace(r) || r.Length > 32)))
        {
            return BadRequest("'planRefs' must be a list of at most 2000 task refs such as \"1.2\" or \"II.3.a\", none blank or longer than 32 characters.");
        }

        var planRefs = input.PlanRefs?.OfType<string>().Select(r => r.Trim()).ToHashSet(StringComparer.Ordinal);
        return TypedResults.Ok(RecognizeResponse.From(IntentRecognizer.Recognize(input.Text, today, model, planRefs), options.Value.ConfirmBelow));
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid recognize request");
}
