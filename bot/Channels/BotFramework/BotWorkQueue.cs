using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// Bounded queue between <c>/api/messages</c> (answers at once) and <see cref="BotWorker"/> (does the slow part).
/// One lane per worker, and every activity of a conversation goes to the same lane: a person's messages are handled
/// in the order they were sent ("liên kết 123456" before "đã xong"), while different conversations run in parallel.
/// </summary>
internal sealed class BotWorkQueue
{
    private readonly Channel<BotWorkItem>[] lanes;

    public BotWorkQueue(IOptions<BotOptions> options)
    {
        var capacity = Math.Max(1, options.Value.WorkQueueCapacity / Math.Max(1, options.Value.Workers));
        lanes = [.. Enumerable.Range(0, Math.Max(1, options.Value.Workers)).Select(_ => Channel.CreateBounded<BotWorkItem>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleWriter = false,
            SingleReader = true,
        }))];
    }

    public int Lanes => lanes.Length;

    /// <summary>False when the conversation's lane is full: the request is refused so the channel can try again later.</summary>
    public bool TryEnqueue(BotWorkItem item) => lanes[LaneOf(item.Activity.Conversation?.Id)].Writer.TryWrite(item);

    public ChannelReader<BotWorkItem> Reader(int lane) => lanes[lane].Reader;

    private int LaneOf(string? conversationId) =>
        (int)((uint)StringComparer.Ordinal.GetHashCode(conversationId ?? string.Empty) % (uint)lanes.Length);
}
