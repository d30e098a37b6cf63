using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ReformBot.Accounts;
using ReformBot.Storage;

namespace ReformBot.WebChat;

/// <summary>
/// <c>GET /chat</c>: Web Chat (vendored under <c>wwwroot/chat/</c>) against this host's Direct Line, a "talk as"
/// picker over the officers of the loaded plans and, with the test clock on, a control that moves it.
/// </summary>
internal static class ChatPageEndpoints
{
    /// <summary>The page's files: nothing else under <c>wwwroot</c> is served.</summary>
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["chat.js"] = "text/javascript; charset=utf-8",
        ["chat.css"] = "text/css; charset=utf-8",
        ["webchat.js"] = "text/javascript; charset=utf-8",
        ["LICENSE"] = "text/plain; charset=utf-8",
        ["webchat.js.LICENSE.txt"] = "text/plain; charset=utf-8",
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/chat", (IWebHostEnvironment environment) => Serve(environment, "index.html", "text/html; charset=utf-8"));
        app.MapGet("/chat/{file}", (string file, IWebHostEnvironment environment) =>
            Files.TryGetValue(file, out var type) ? Serve(environment, file, type) : TypedResults.NotFound());
        var api = app.MapGroup("/chat/api").DisableAntiforgery();
        api.MapGet("/officers", OfficersAsync);
        api.MapPost("/session", StartSessionAsync);
    }

    /// <summary>The chat account the page links for an officer: one per officer, so picking them again is the same person.</summary>
    public static string AccountId(string officerId) => "chat-" + officerId;

    internal static async Task<Ok<List<ChatOfficer>>> OfficersAsync(ReformBotDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Officers.AsNoTracking()
            .Join(db.Plans.AsNoTracking(), o => o.PlanId, p => p.Id, (o, p) => new { o.OfficerId, o.Name, o.Unit, o.Roles, p.Code })
            .ToListAsync(cancellationToken);
        var officers = rows.GroupBy(r => r.OfficerId, StringComparer.Ordinal)
            .Select(g => new ChatOfficer(
                g.Key, g.First().Name, g.First().Unit,
                [.. g.SelectMany(r => r.Roles).Distinct().Order().Select(r => r.ToString())],
                [.. g.Select(r => r.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .OrderBy(o => o.Unit, StringComparer.Ordinal).ThenBy(o => o.OfficerId, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(officers);
    }

    /// <summary>Links the page's user to the chosen officer and opens a Direct Line conversation for them.</summary>
    internal static async Task<Results<Ok<ChatSessionResponse>, ProblemHttpResult>> StartSessionAsync(
        ChatSessionRequest? request, AccountLinker linker, ReformBotDbContext db, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        if (request?.OfficerId is not { Length: > 0 and <= 100 } officerId)
        {
            return TypedResults.Problem("Send {\"officerId\": \"...\"} naming an officer of a loaded plan.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid session request");
        }

        var accountId = AccountId(officerId);
        if (!await linker.LinkWithoutCodeAsync(DirectLineEndpoints.ChannelId, accountId, officerId, "chat-page", cancellationToken))
        {
            return TypedResults.Problem($"No loaded plan names officer '{officerId}'.", statusCode: StatusCodes.Status404NotFound, title: "Unknown officer");
        }

        var name = await db.Officers.AsNoTracking().Where(o => o.OfficerId == officerId).OrderBy(o => o.PlanId).Select(o => o.Name).FirstAsync(cancellationToken);
        var conversation = conversations.Start(accountId, name);
        return TypedResults.Ok(new ChatSessionResponse(conversation.Token, conversation.Id, accountId, name));
    }

    private static IResult Serve(IWebHostEnvironment environment, string file, string contentType)
    {
        var info = environment.WebRootFileProvider.GetFileInfo("chat/" + file);
        return info.Exists && info.PhysicalPath is { } path
            ? TypedResults.PhysicalFile(path, contentType)
            : TypedResults.Problem($"wwwroot/chat/{file} is missing from the build; run tools/webchat/refresh.sh.", statusCode: StatusCodes.Status404NotFound, title: "Chat page file missing");
    }
}
