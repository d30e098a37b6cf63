using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using ReformBot.Absences;
using ReformBot.Audit;
using ReformBot.Reminders;

namespace ReformBot.Admin;

/// <summary>
/// Absences a coordinator sets, lists and ends for someone (the officer is told nothing; their heads are, once), and
/// the items officers asked to hear no more about, which a coordinator can resume.
/// </summary>
internal static class AbsenceEndpoints
{
    public const int MaxBodyBytes = 4 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<string, AbsenceReason> Reasons = new(StringComparer.Ordinal)
    {
        ["businessTrip"] = AbsenceReason.BusinessTrip,
        ["leave"] = AbsenceReason.Leave,
        ["sick"] = AbsenceReason.Sick,
        ["other"] = AbsenceReason.Other,
    };

    public static void MapAbsences(this RouteGroupBuilder admin)
    {
        admin.MapPost("/absences", SetAbsence);
        admin.MapGet("/absences", ListAbsences);
        admin.MapPost("/absences/{id}/end", EndAbsence);
        admin.MapGet("/reminder-stops", ListStops);
        admin.MapPost("/reminder-stops/{id}/resume", ResumeStop);
    }

    public static string ReasonName(AbsenceReason reason) => Reasons.First(r => r.Value == reason).Key;

    internal static async Task<Results<Created<AbsenceResponse>, ProblemHttpResult>> SetAbsence(
        HttpRequest request, AbsenceRegister register, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem($"The request body is larger than {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");
        }

        AbsenceRequest? input;
        try
        {
            input = System.Text.Unicode.Utf8.IsValid(body.Value.Span) ? JsonSerializer.Deserialize<AbsenceRequest>(body.Value.Span, Json) : null;
        }
        catch (JsonException)
        {
            input = null;
        }

        if (input is null)
        {
            return BadRequest("The body must be a JSON object such as {\"officerId\": \"lv.vp.cv1\", \"from\": \"2024-12-02\", \"until\": \"2024-12-10\", \"reason\": \"leave\"}.");
        }

        if (string.IsNullOrWhiteSpace(input.OfficerId) || input.OfficerId.Length > 100)
        {
            return BadRequest("'officerId' is required: the id of an officer in a plan.");
        }

        if (!TryDate(input.From, out var from) || !TryDate(input.Until, out var until))
        {
            return BadRequest("'from' and 'until' are required ISO dates such as 2024-12-10 (both days included).");
        }

        var reason = AbsenceReason.Other;
        if (input.Reason is not null && !Reasons.TryGetValue(input.Reason, out reason))
        {
            return BadRequest("'reason' must be one of: businessTrip, leave, sick, other.");
        }

        switch (register.Check(from, until))
        {
            case AbsenceDatesProblem.EndsBeforeStart:
                return BadRequest("'until' must not be before 'from'.");
            case AbsenceDatesProblem.InPast:
                return BadRequest("The absence is over already: 'until' must be today or later.");
            case AbsenceDatesProblem.TooLong:
                return BadRequest($"An absence lasts at most {AbsenceRegister.MaxDays} days.");
        }

        if (!await register.IsKnownAsync(input.OfficerId, cancellationToken))
        {
            return TypedResults.Problem($"No plan names an officer with id '{input.OfficerId}'.", statusCode: StatusCodes.Status404NotFound, title: "Officer not found");
        }

        var recorded = await register.RecordAsync(input.OfficerId, from, until, reason, AuditActors.Admin, "api", cancellationToken);
        return TypedResults.Created($"/api/admin/absences?officer={Uri.EscapeDataString(input.OfficerId)}", AbsenceResponse.Of(recorded.Absence));
    }

    /// <summary><c>officer</c> narrows to one officer; <c>current=false</c> lists past and ended ones too.</summary>
    internal static async Task<Results<Ok<IReadOnlyList<AbsenceResponse>>, ProblemHttpResult>> ListAbsences(
        string? officer, string? current, AbsenceRegister register, CancellationToken cancellationToken)
    {
        if (officer is { Length: 0 or > 100 })
        {
            return BadRequest("'officer' must be an officer id.");
        }

        if (current is not (null or "true" or "false"))
        {
            return BadRequest("'current' must be true or false.");
        }

        var list = await register.ListAsync(officer, current != "false", cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AbsenceResponse>>([.. list.Select(AbsenceResponse.Of)]);
    }

    internal static async Task<Results<Ok<AbsenceResponse>, ProblemHttpResult>> EndAbsence(string id, AbsenceRegister register, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return BadRequest("The absence id must be a number.");
        }

        var ended = await register.EndAsync(number, AuditActors.Admin, "api", cancellationToken);
        return ended is null
            ? TypedResults.Problem($"There is no absence {number}.", statusCode: StatusCodes.Status404NotFound, title: "Absence not found")
            : TypedResults.Ok(AbsenceResponse.Of(ended));
    }

    internal static async Task<Results<Ok<IReadOnlyList<ReminderStopResponse>>, ProblemHttpResult>> ListStops(
        string? officer, ReminderStops stops, CancellationToken cancellationToken)
    {
        if (officer is { Length: 0 or > 100 })
        {
            return BadRequest("'officer' must be an officer id.");
        }

        var list = await stops.ListAsync(officer, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ReminderStopResponse>>([.. list.Select(ReminderStopResponse.Of)]);
    }

    internal static async Task<Results<Ok<ReminderStopResponse>, ProblemHttpResult>> ResumeStop(string id, ReminderStops stops, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return BadRequest("The stop id must be a number.");
        }

        var resumed = await stops.ResumeAsync(number, AuditActors.Admin, "api", cancellationToken);
        return resumed is null
            ? TypedResults.Problem($"There is no reminder stop {number}.", statusCode: StatusCodes.Status404NotFound, title: "Reminder stop not found")
            : TypedResults.Ok(ReminderStopResponse.Of(resumed));
    }

    private static bool TryDate(string? text, out DateOnly date)
    {
        date = default;
        return text is not null
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && date.Year is >= AuditEndpoints.MinYear and <= AuditEndpoints.MaxYear;
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid absence request");
}
