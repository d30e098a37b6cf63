using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ReformBot.Admin;
using ReformBot.Calendar;
using ReformBot.Reminders;

namespace ReformBot.Testing;

/// <summary>
/// <c>GET</c>/<c>POST /api/testing/clock</c>, mapped only with <c>Testing:Enabled</c>. When <c>Admin:ApiKey</c> is set
/// the same <c>X-Api-Key</c> is required.
/// </summary>
public static class TestingEndpoints
{
    private static readonly TimeSpan MaxMove = TimeSpan.FromDays(400);

    public static IEndpointRouteBuilder MapTesting(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<TestingOptions>>().Value.Enabled)
        {
            return app;
        }

        var testing = app.MapGroup("/api/testing").AddEndpointFilter(async (context, next) =>
        {
            var key = context.HttpContext.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value.ApiKey;
            return string.IsNullOrEmpty(key) || AdminApiKeyFilter.Carries(context.HttpContext.Request, key)
                ? await next(context)
                : TypedResults.Problem($"Send the admin API key in the {AdminApiKeyFilter.HeaderName} header.", statusCode: StatusCodes.Status401Unauthorized, title: "API key required");
        });
        testing.MapGet("/clock", (TestClock clock) => TypedResults.Ok(new ClockResponse(VietnamTime.ToLocal(clock.GetUtcNow()))));
        testing.MapPost("/clock", MoveClock);
        return app;
    }

    /// <summary>
    /// Moves the clock forward to <c>now</c> and answers once every reminder due by then has been planned and its
    /// delivery attempted.
    /// </summary>
    internal static async Task<Results<Ok<ClockResponse>, ProblemHttpResult>> MoveClock(
        HttpRequest request, TestClock clock, ReminderCycle cycle, CancellationToken cancellationToken)
    {
        ClockRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<ClockRequest>(cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            body = null;
        }

        if (body?.Now is not { } target)
        {
            return TypedResults.Problem(
                "Send a JSON body with the new time and its offset: {\"now\": \"2024-11-27T08:00:00+07:00\"}.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid clock move");
        }

        if (target < clock.GetUtcNow())
        {
            return TypedResults.Problem(
                $"The clock only moves forward; it is already {VietnamTime.ToLocal(clock.GetUtcNow()):yyyy-MM-dd'T'HH:mm:sszzz}.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid clock move");
        }

        // Each move plans and delivers everything due on the way: a year and a bit, like the reminders query, is enough.
        if (target - clock.GetUtcNow() > MaxMove)
        {
            return TypedResults.Problem(
                $"The clock moves at most {MaxMove.TotalDays:0} days at a time.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid clock move");
        }

        var result = await cycle.RunThroughAsync(target, at => clock.TryMoveTo(at), cancellationToken);
        return TypedResults.Ok(new ClockResponse(VietnamTime.ToLocal(result.Now), result.Planned, result.Delivered, result.Failed));
    }
}
