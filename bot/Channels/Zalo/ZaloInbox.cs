using ReformBot.Inbox;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// Stores a verified webhook event in the inbox before the webhook answers 200 (inside Zalo's 2-second budget); the
/// inbox workers handle it through <see cref="ZaloOaEventProcessor"/> or <see cref="ZaloBotUpdateProcessor"/>.
/// An event Zalo sends again (same msg_id) is stored once; events that need no work are not stored.
/// </summary>
internal sealed class ZaloInbox(InboxStore inbox)
{
    public async Task<IResult> AcceptAsync(ZaloInboxSource source, System.Text.Json.Nodes.JsonObject body, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var entry = source == ZaloInboxSource.Bot ? ZaloBotUpdateProcessor.Entry(body, receivedAt) : ZaloOaEventProcessor.Entry(body, receivedAt);
        if (entry is not null)
        {
            await inbox.AddAsync(entry, lease: false, cancellationToken);
        }

        return TypedResults.Ok();
    }
}
