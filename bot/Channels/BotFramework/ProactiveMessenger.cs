using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// Writes to an officer without being asked (reminders, broadcasts): through the freshest stored conversation of
/// any of their chat accounts, or — for Teams — by creating the 1:1 chat from their Teams/Entra id and a known tenant.
/// </summary>
public sealed partial class ProactiveMessenger
{
    private const string Teams = "msteams";
    private readonly ReformBotDbContext db;
    private readonly ConversationReferenceStore references;
    private readonly ConnectorClient connector;
    private readonly ActivityMapper mapper;
    private readonly ServiceUrlTrust trust;
    private readonly BotOptions options;
    private readonly TimeProvider time;
    private readonly TenantTurns tenantTurns;
    private readonly ILogger<ProactiveMessenger> logger;

    internal ProactiveMessenger(
        ReformBotDbContext db, ConversationReferenceStore references, ConnectorClient connector, ActivityMapper mapper,
        ServiceUrlTrust trust, IOptions<BotOptions> options, TimeProvider time, TenantTurns tenantTurns, ILogger<ProactiveMessenger> logger)
    {
        this.tenantTurns = tenantTurns;
        this.db = db;
        this.references = references;
        this.connector = connector;
        this.mapper = mapper;
        this.trust = trust;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
    }

    public async Task<ProactiveSendResult> SendAsync(string officerId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var accounts = await db.ChatAccounts.AsNoTracking().Where(a => a.OfficerId == officerId).ToListAsync(cancellationToken);
        var known = new List<ConversationReference>();
        foreach (var channel in accounts.GroupBy(a => a.Channel))
        {
            known.AddRange(await references.FindAsync(channel.Key, [.. channel.Select(a => a.AccountId)], cancellationToken));
        }

        foreach (var aad in accounts.Where(a => a.Channel == Teams && a.AadObjectId is not null).Select(a => a.AadObjectId!).Distinct())
        {
            known.AddRange(await references.FindByAadObjectIdAsync(Teams, aad, cancellationToken));
        }

        known = [.. known.DistinctBy(r => (r.ChannelId, r.AccountId)).OrderByDescending(r => r.UpdatedAt)];
        var stale = known.Any(r => r.IsStale);
        string? lastError = null;
        foreach (var reference in known.Where(r => !r.IsStale && r.ConversationId is not null))
        {
            var (result, gone) = await TrySendAsync(reference, reference.ConversationId!, message, cancellationToken);
            if (result.IsSent || result.Status == ProactiveSendStatus.Busy)
            {
                // Busy: another conversation of the same person could show the message twice once the first recovers.
                return result;
            }

            stale |= gone;
            lastError = result.Error;
        }

        var created = await TryCreateTeamsChatAsync(accounts, known, message, cancellationToken);
        if (created is not null)
        {
            if (created.IsSent)
            {
                return created;
            }

            lastError = created.Error;
        }

        return stale ? new ProactiveSendResult(ProactiveSendStatus.Stale, Error: lastError)
            : lastError is not null ? new ProactiveSendResult(ProactiveSendStatus.Failed, Error: lastError)
            : new ProactiveSendResult(ProactiveSendStatus.NoReference);
    }

    private async Task<(ProactiveSendResult Result, bool Gone)> TrySendAsync(
        ConversationReference reference, string conversationId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        trust.Trust(reference.ServiceUrl);
        var activity = mapper.Fill(
            new Activity
            {
                ChannelId = reference.ChannelId,
                ServiceUrl = reference.ServiceUrl,
                From = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
                Recipient = new ChannelAccount { Id = reference.AccountId, Name = reference.AccountName },
                Conversation = new ConversationAccount { Id = conversationId, TenantId = reference.TenantId },
                Locale = reference.Locale,
            },
            message);
        try
        {
            var sent = await connector.SendToConversationAsync(reference.ServiceUrl, conversationId, activity, cancellationToken);
            return (new ProactiveSendResult(ProactiveSendStatus.Sent, conversationId, sent.Id) { ChannelId = reference.ChannelId }, false);
        }
        catch (ConnectorException e)
        {
            LogSendFailed(logger, reference.ChannelId, reference.AccountId, e.StatusCode.HasValue ? (int)e.StatusCode : 0, e.Code);
            if (e.IsConversationGone)
            {
                await references.MarkStaleAsync(reference.ChannelId, reference.AccountId, cancellationToken);
            }

            var status = e.IsBusy ? ProactiveSendStatus.Busy : ProactiveSendStatus.Failed;
            return (new ProactiveSendResult(status, conversationId, Error: $"{e.Code ?? e.StatusCode?.ToString()}: {e.Message}", RetryAfter: e.RetryAfter), e.IsConversationGone);
        }
        catch (HttpRequestException e)
        {
            return (new ProactiveSendResult(ProactiveSendStatus.Failed, conversationId, Error: e.Message), false);
        }
    }

    /// <summary>A Teams user we can name (29: id or Entra id) in a tenant we know: create (or get back) the 1:1 chat.</summary>
    private async Task<ProactiveSendResult?> TryCreateTeamsChatAsync(
        IReadOnlyList<ChatAccount> accounts, IReadOnlyList<ConversationReference> known, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var teams = known.FirstOrDefault(r => r.ChannelId == Teams);
        var memberId = teams?.AccountId
            ?? accounts.FirstOrDefault(a => a.Channel == Teams && a.AccountId.StartsWith("29:", StringComparison.Ordinal))?.AccountId
            ?? accounts.FirstOrDefault(a => a.Channel == Teams && a.AadObjectId is not null)?.AadObjectId;
        if (memberId is null)
        {
            return null;
        }

        var latest = await references.LatestWithTenantAsync(Teams, cancellationToken);
        var tenantId = teams?.TenantId ?? latest?.TenantId ?? options.MicrosoftAppTenantId;
        if (tenantId is null)
        {
            return null;
        }

        var serviceUrl = teams?.ServiceUrl ?? latest?.ServiceUrl ?? options.DefaultServiceUrl;
        var bot = new ChannelAccount { Id = teams?.BotId ?? latest?.BotId ?? $"28:{options.MicrosoftAppId}", Name = teams?.BotName ?? latest?.BotName };
        var parameters = new ConversationParameters(
            bot, [new ChannelAccount { Id = memberId }], IsGroup: false, tenantId, new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } });
        if (teams is not null)
        {
            trust.Trust(serviceUrl);
        }

        ConversationResourceResponse created;
        try
        {
            // Opening the chat is a request of its own under the tenant's limit: it takes a turn like a message.
            await tenantTurns.WaitTurnAsync(cancellationToken);
            created = await connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            LogCreateFailed(logger, e, memberId);
            // Throttled (429 and the like): the row is retried after the Retry-After, not as a failure.
            return e is ConnectorException { IsBusy: true } busy
                ? new ProactiveSendResult(ProactiveSendStatus.Busy, Error: e.Message, RetryAfter: busy.RetryAfter)
                : new ProactiveSendResult(ProactiveSendStatus.Failed, Error: e.Message);
        }

        if (string.IsNullOrEmpty(created.Id))
        {
            return new ProactiveSendResult(ProactiveSendStatus.Failed, Error: "createConversation returned no id");
        }

        var aadObjectId = teams?.AadObjectId ?? accounts.FirstOrDefault(a => a.Channel == Teams && a.AadObjectId is not null)?.AadObjectId;
        var reference = new ConversationReference(
            Teams, created.ServiceUrl ?? serviceUrl, memberId, teams?.AccountName, aadObjectId, created.Id, "personal", tenantId,
            bot.Id, bot.Name, teams?.Locale, null, time.GetUtcNow(), IsStale: false);
        await references.SaveAsync(reference, cancellationToken);
        return (await TrySendAsync(reference, created.Id, message, cancellationToken)).Result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Proactive send to {ChannelId}/{AccountId} failed with {Status} {Code}")]
    private static partial void LogSendFailed(ILogger logger, string channelId, string accountId, int status, string? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not create a Teams chat with {MemberId}")]
    private static partial void LogCreateFailed(ILogger logger, Exception exception, string memberId);
}
