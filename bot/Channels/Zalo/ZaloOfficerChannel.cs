using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// Proactive sends to an officer's Zalo OA accounts. A consultation message (<c>/cs</c>) only reaches someone who
/// interacted within <see cref="ZaloOptions.InteractionWindow"/> (fact sheet §1.5): for anyone else the consultation
/// endpoint is not called at all. Outside the window a template message goes out when one is configured; otherwise the
/// officer is <see cref="DeliveryStatus.Unreachable"/> here and <see cref="OfficerMessenger"/> tries the next channel.
/// </summary>
public sealed partial class ZaloOfficerChannel(
    ReformBotDbContext db,
    ZaloMessenger messenger,
    ZaloMessageRenderer renderer,
    ZaloOaClient client,
    ZaloRateGate rate,
    IOptions<ZaloOptions> options,
    TimeProvider time,
    ILogger<ZaloOfficerChannel> logger) : IOfficerChannel
{
    /// <summary>After a network failure the message is tried again this much later.</summary>
    private static readonly TimeSpan TransportRetry = TimeSpan.FromMinutes(1);

    public string Name => ZaloChannelNames.Oa;

    public async Task<DeliveryResult> SendAsync(string officerId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (rate.ClosedFor() is { } wait)
        {
            return new DeliveryResult(DeliveryStatus.RetryLater, Name, "rate limited (-32)", wait);
        }

        var accounts = await db.ChatAccounts.AsNoTracking()
            .Where(a => a.Channel == ZaloChannelNames.Oa && a.OfficerId == officerId)
            .Select(a => a.AccountId)
            .ToListAsync(cancellationToken);
        if (accounts.Count == 0)
        {
            return DeliveryResult.Unreachable(Name, "no Zalo account");
        }

        var users = await db.ZaloUsers.AsNoTracking().Where(u => accounts.Contains(u.UserId)).ToDictionaryAsync(u => u.UserId, cancellationToken);
        var rendered = renderer.Render(message);
        var now = time.GetUtcNow();
        var reasons = new List<string>();
        foreach (var account in accounts.OrderByDescending(a => users.GetValueOrDefault(a)?.LastInteractionAt))
        {
            var user = users.GetValueOrDefault(account);
            if (user?.IsFollowing == false)
            {
                reasons.Add("not following the OA");
                continue;
            }

            if (user is null || !user.IsInWindow(now, options.Value.InteractionWindow))
            {
                reasons.Add("no interaction within the window");
                continue;
            }

            var result = await messenger.SendAsync(account, rendered, cancellationToken);
            if (result.IsOk)
            {
                return DeliveryResult.Sent(Name, result.MessageId);
            }

            if (result.IsRateLimited)
            {
                return new DeliveryResult(DeliveryStatus.RetryLater, Name, result.ToString(), rate.RateLimited());
            }

            if (result.Error == ZaloApiResult.Transport)
            {
                return new DeliveryResult(DeliveryStatus.RetryLater, Name, result.ToString(), TransportRetry);
            }

            if (!result.IsOutsideWindow && !result.IsUserUnreachable && result.Error != ZaloApiResult.NoToken)
            {
                LogRefused(logger, officerId, result.Error, result.Message);
                return new DeliveryResult(DeliveryStatus.Failed, Name, result.ToString());
            }

            reasons.Add(result.ToString());
            if (result.Error == ZaloApiResult.NoToken)
            {
                return new DeliveryResult(DeliveryStatus.Failed, Name, result.ToString());
            }
        }

        return string.IsNullOrWhiteSpace(options.Value.TemplateId)
            ? DeliveryResult.Unreachable(Name, string.Join("; ", reasons))
            : await SendTemplateAsync(officerId, accounts[0], message, rendered, cancellationToken);
    }

    private async Task<DeliveryResult> SendTemplateAsync(
        string officerId, string userId, OutgoingMessage message, ZaloRenderedMessage rendered, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var officer = await db.Officers.AsNoTracking()
            .Where(o => o.OfficerId == officerId)
            .OrderByDescending(o => o.Phone != null)
            .Select(o => new { o.Name, o.Phone })
            .FirstOrDefaultAsync(cancellationToken);
        var to = settings.TemplateRecipient == ZaloTemplateRecipient.UserId ? userId : ZaloPhone.International(officer?.Phone);
        if (to is null)
        {
            return DeliveryResult.Unreachable(Name, "outside the window and no phone number for a template message");
        }

        var data = ZaloTemplateData.Build(settings.TemplateFields, rendered, message, officer?.Name, time.GetUtcNow());
        var trackingId = "rb-" + Guid.NewGuid().ToString("N");
        var result = await client.SendTemplateAsync(settings.TemplateRecipient, to, settings.TemplateId!, data, trackingId, cancellationToken);
        if (result.IsOk)
        {
            return DeliveryResult.Sent(Name, "template " + (result.MessageId ?? trackingId));
        }

        if (result.IsRateLimited)
        {
            return new DeliveryResult(DeliveryStatus.RetryLater, Name, result.ToString(), rate.RateLimited());
        }

        LogTemplateRefused(logger, officerId, result.Error, result.Message);
        return DeliveryResult.Unreachable(Name, "template: " + result);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo refused a message to officer {OfficerId}: {Error} {Reason}")]
    private static partial void LogRefused(ILogger logger, string officerId, int error, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo refused a template message to officer {OfficerId}: {Error} {Reason}")]
    private static partial void LogTemplateRefused(ILogger logger, string officerId, int error, string? reason);
}
