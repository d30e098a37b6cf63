using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// Links a Teams user nobody has linked yet to the officer whose e-mail in the plan is their Teams e-mail or UPN.
/// Activities do not carry the e-mail, so the connector is asked for the member once, on first contact; an e-mail
/// shared by several officers links nobody.
/// </summary>
internal sealed partial class TeamsEmailMatcher(ReformBotDbContext db, ConnectorClient connector, TimeProvider time, ILogger<TeamsEmailMatcher> logger)
{
    private const string Teams = "msteams";

    public async Task MatchAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ChannelId != Teams || activity.From?.Id is not { } userId || activity.Conversation?.Id is not { } conversationId
            || activity.ServiceUrl is not { } serviceUrl
            || await db.ChatAccounts.AnyAsync(a => a.Channel == Teams && a.AccountId == userId, cancellationToken)
            || !await db.Officers.AnyAsync(o => o.Email != null, cancellationToken))
        {
            return;
        }

        ChannelAccount member;
        try
        {
            member = await connector.GetConversationMemberAsync(serviceUrl, conversationId, userId, cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogLookupFailed(logger, e, userId);
            return;
        }

        var addresses = new[] { Text(member, "email"), Text(member, "userPrincipalName") }
            .OfType<string>()
            .Select(a => a.Trim().ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);
        if (addresses.Count == 0)
        {
            return;
        }

        var officers = (await db.Officers.AsNoTracking().Where(o => o.Email != null).Select(o => new { o.OfficerId, o.Email }).ToListAsync(cancellationToken))
            .Where(o => addresses.Contains(o.Email!.Trim().ToUpperInvariant()))
            .Select(o => o.OfficerId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (officers.Count != 1)
        {
            return;
        }

        db.ChatAccounts.Add(new ChatAccount(Teams, userId, officers[0], member.AadObjectId ?? activity.From.AadObjectId, "email", time.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            LogLinked(logger, userId, officers[0]);
        }
        catch (DbUpdateException)
        {
            // Linked meanwhile by another message of the same person: nothing left to do.
            db.ChangeTracker.Clear();
        }
    }

    private static string? Text(ChannelAccount member, string name) =>
        member.Extra?.TryGetValue(name, out var value) == true && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look up Teams member {UserId} to match an e-mail")]
    private static partial void LogLookupFailed(ILogger logger, Exception exception, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams user {UserId} linked to officer {OfficerId} by e-mail")]
    private static partial void LogLinked(ILogger logger, string userId, string officerId);
}
