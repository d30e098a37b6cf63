using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ReformBot.Channels.BotFramework;

/// <summary>Bounded queue between <c>/api/messages</c> (answers at once) and <see cref="BotWorker"/> (does the slow part).</summary>
internal sealed class BotWorkQueue(IOptions<BotOptions> options)
{
    private readonly Channel<BotWorkItem> channel = Channel.CreateBounded<BotWorkItem>(new BoundedChannelOptions(options.Value.WorkQueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleWriter = false,
        SingleReader = false,
    });

    /// <summary>False when the queue is full: the request is refused so the channel can try again later.</summary>
    public bool TryEnqueue(BotWorkItem item) => channel.Writer.TryWrite(item);

    public ChannelReader<BotWorkItem> Reader => channel.Reader;
}
