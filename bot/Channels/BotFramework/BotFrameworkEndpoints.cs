using Microsoft.Extensions.Options;
using ReformBot.Admin;

namespace ReformBot.Channels.BotFramework;

public static class BotFrameworkEndpoints
{
    /// <summary><c>POST /api/messages</c>: the Bot Framework channels' webhook.</summary>
    public static RouteGroupBuilder MapBotFramework(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api");
        group.MapPost("/messages", HandleMessagesAsync).DisableAntiforgery();
        return group;
    }

    /// <summary>Size, then the shape (<see cref="ActivityDoor"/>), then the token, then the work: a rejected request changes nothing.</summary>
    internal static async Task<IResult> HandleMessagesAsync(
        HttpRequest request, BotAuthenticator authenticator, BotActivityProcessor processor, IOptions<BotOptions> options, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, options.Value.MaxRequestBytes, cancellationToken);
        if (body is not { } json)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var (activity, problem) = ActivityDoor.Read(json.Span);
        if (activity is null)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "Invalid activity");
        }

        if (!await authenticator.AuthenticateAsync(request.Headers.Authorization.FirstOrDefault(), activity, cancellationToken))
        {
            return TypedResults.Unauthorized();
        }

        return await processor.ProcessAsync(activity, cancellationToken);
    }
}
