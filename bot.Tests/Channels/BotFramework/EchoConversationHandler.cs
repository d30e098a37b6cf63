using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ReformBot.Conversation;
using ReformBot.Delivery;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>A conversation that repeats what it is told, so tests see exactly what the channel handed over.</summary>
public sealed class EchoConversationHandler : IConversationHandler
{
    public ConcurrentQueue<IncomingMessage> Received { get; } = new();
    public ConcurrentQueue<IncomingMessage> Welcomed { get; } = new();

    /// <summary>How long a card action takes (to test the invoke timeout).</summary>
    public TimeSpan ActionDelay { get; set; } = TimeSpan.Zero;

    /// <summary>A message "hold" waits for this (when set) after saying it has started.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public TaskCompletionSource Holding { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<ConversationReply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Text == "hold" && Gate is { } gate)
        {
            Holding.TrySetResult();
            await gate.Task;
        }

        Received.Enqueue(message);
        if (message.Action is { } action)
        {
            await Task.Delay(ActionDelay, cancellationToken);
            var data = (JsonObject)action.Data.DeepClone();
            data["verb"] = action.Verb;
            return new ConversationReply(new CardContent("result", data), [OutgoingMessage.PlainText("done " + action.Verb)]);
        }

        return message.Text switch
        {
            "card" => new ConversationReply(null, [new OutgoingMessage(
                "**here**", new CardContent("task", new JsonObject { ["ref"] = "1.2" }),
                [new MessageAction("Xong", "done", new JsonObject { ["ref"] = "1.2" }), new MessageAction("Trợ giúp", string.Empty, [])])]),
            "boom" => throw new InvalidOperationException("boom"),
            _ => ConversationReply.WithText("echo: " + message.Text),
        };
    }

    public Task<ConversationReply> WelcomeAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Welcomed.Enqueue(message);
        return Task.FromResult(ConversationReply.WithText("welcome " + message.AccountId));
    }
}
