using Microsoft.AspNetCore.Http.HttpResults;
using ReformBot.Accounts;
using ReformBot.Audit;

namespace ReformBot.Admin;

/// <summary>Link codes for coordinators' tools: a code an officer sends to the bot to link a chat account.</summary>
internal static class LinkCodeEndpoints
{
    public static void MapLinkCodes(this RouteGroupBuilder admin) =>
        admin.MapPost("/officers/{id}/link-code", IssueLinkCode);

    internal static async Task<Results<Created<LinkCodeResponse>, ProblemHttpResult>> IssueLinkCode(
        string id, AccountLinker linker, CancellationToken cancellationToken)
    {
        var issued = await linker.IssueAsync(id, AuditActors.Admin, cancellationToken);
        return issued is null
            ? TypedResults.Problem($"No plan names an officer with id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Officer not found")
            : TypedResults.Created((string?)null, new LinkCodeResponse(issued.OfficerId, issued.Code, issued.ExpiresAt));
    }
}
