using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// The bounded queue between the webhooks (which must answer within Zalo's 2 s) and <see cref="ZaloInboxWorker"/>.
/// In memory: an event queued when the process stops is lost, unless Zalo retries it (it does when no 200 came back).
/// </summary>
public sealed class ZaloInbox(IOptions<ZaloOptions> options)
{
    private readonly Channel<ZaloInboxItem> queue = Channel.CreateBounded<ZaloInboxItem>(
        new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity)) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>False when the queue is full: the webhook answers 503 and Zalo sends the event again later.</summary>
    public bool TryEnqueue(ZaloInboxItem item) => queue.Writer.TryWrite(item);

    public IAsyncEnumerable<ZaloInboxItem> ReadAllAsync(CancellationToken cancellationToken) => queue.Reader.ReadAllAsync(cancellationToken);
}
