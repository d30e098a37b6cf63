using ReformBot.Delivery;

namespace ReformBot.Channels.Zalo;

/// <summary>Sends one bot message to one OA user: its parts in order, the buttons under the last; stops at the first refusal.</summary>
public sealed class ZaloMessenger(ZaloOaClient client, ZaloMessageRenderer renderer)
{
    public Task<ZaloApiResult> SendAsync(string userId, OutgoingMessage message, CancellationToken cancellationToken) =>
        SendAsync(userId, renderer.Render(message), cancellationToken);

    public async Task<ZaloApiResult> SendAsync(string userId, ZaloRenderedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var result = new ZaloApiResult(0, null);
        for (var i = 0; i < message.Parts.Count; i++)
        {
            var last = i == message.Parts.Count - 1;
            result = await client.SendTextAsync(userId, message.Parts[i], last ? message.Buttons : [], cancellationToken);
            if (!result.IsOk)
            {
                return result;
            }
        }

        return result;
    }

    /// <summary>A conversation reply: the refreshed card first (Zalo cannot replace a sent message), then the messages.</summary>
    public async Task<ZaloApiResult> SendReplyAsync(string userId, ConversationReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var result = new ZaloApiResult(0, null);
        var messages = reply.UpdatedCard is { } card ? [new OutgoingMessage(string.Empty, card, []), .. reply.Messages] : reply.Messages;
        foreach (var message in messages)
        {
            var rendered = renderer.Render(message);
            if (rendered.FullText.Length == 0)
            {
                continue;
            }

            result = await SendAsync(userId, rendered, cancellationToken);
            if (!result.IsOk)
            {
                return result;
            }
        }

        return result;
    }
}
