using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>
/// The Bot Connector service as a loopback server: records every call the bot makes and answers like the
/// connector does (ResourceResponse ids, created conversations), or with scripted failures in order.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    public const string CreatedConversationId = "a:created-1on1";
    private readonly ConcurrentQueue<ScriptedResponse> script = new();
    private LoopbackServer server = null!;
    private int nextId;

    private FakeConnector()
    {
    }

    /// <summary>The serviceUrl activities carry; a path prefix like Teams' regional <c>/amer/</c> included.</summary>
    public string ServiceUrl => new Uri(server.BaseUri, "amer/").AbsoluteUri;

    public string Origin => server.BaseUri.AbsoluteUri;

    public IReadOnlyList<RecordedRequest> Requests => server.Requests;

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector.server = await LoopbackServer.StartAsync(connector.RespondAsync);
        return connector;
    }

    /// <summary>The next calls get these answers, one each, before the connector succeeds again.</summary>
    public void Script(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            script.Enqueue(response);
        }
    }

    public Task<IReadOnlyList<RecordedRequest>> WaitForAsync(Func<RecordedRequest, bool> match, int count = 1) => server.WaitForAsync(match, count);

    public Task<IReadOnlyList<RecordedRequest>> WaitForAsync(string method, string rawPathSuffix, int count = 1) =>
        server.WaitForAsync(r => r.Method == method && r.RawTarget.EndsWith(rawPathSuffix, StringComparison.Ordinal), count);

    /// <summary>When set, replies (POSTs to activities) wait for it after saying so with <see cref="Holding"/>.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public TaskCompletionSource Holding { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task RespondAsync(RecordedRequest request, HttpResponse response)
    {
        if (Gate is { } gate && request.Method == "POST" && request.Path.Contains("/activities", StringComparison.Ordinal))
        {
            Holding.TrySetResult();
            await gate.Task;
        }

        if (script.TryDequeue(out var scripted))
        {
            response.StatusCode = scripted.Status;
            if (scripted.RetryAfterSeconds is { } seconds)
            {
                response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            response.Headers["X-Correlating-OperationId"] = "corr-" + Interlocked.Increment(ref nextId);
            if (scripted.Body is not null)
            {
                response.ContentType = "application/json";
                await response.WriteAsync(scripted.Body);
            }

            return;
        }

        var path = request.Path;
        JsonNode? body = request.Method switch
        {
            "POST" when path.EndsWith("/v3/conversations", StringComparison.Ordinal) => new JsonObject { ["id"] = CreatedConversationId },
            "POST" or "PUT" => new JsonObject { ["id"] = "activity-" + Interlocked.Increment(ref nextId) },
            "GET" when path.Contains("/pagedmembers", StringComparison.Ordinal) =>
                new JsonObject { ["members"] = new JsonArray(Member("29:one")), ["continuationToken"] = "next" },
            "GET" when path.EndsWith("/members", StringComparison.Ordinal) => new JsonArray(Member("29:one"), Member("29:two")),
            "GET" => Member(Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..])),
            _ => null,
        };
        response.StatusCode = 200;
        if (body is not null)
        {
            response.ContentType = "application/json";
            await response.WriteAsync(body.ToJsonString());
        }
    }

    private static JsonObject Member(string id) => new() { ["id"] = id, ["name"] = "Member " + id, ["aadObjectId"] = "aad-" + id };

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
