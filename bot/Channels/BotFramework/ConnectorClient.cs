using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// The Bot Connector REST API (<c>{serviceUrl}/v3/conversations/…</c>). The token goes only to trusted serviceUrls;
/// 412/429/502/503/504 are retried with <c>Retry-After</c> or jittered exponential backoff; any other failure is a
/// <see cref="ConnectorException"/>.
/// </summary>
internal sealed partial class ConnectorClient(
    HttpClient http,
    IConnectorTokenProvider tokens,
    ServiceUrlTrust trust,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<ConnectorClient> logger)
{
    private static readonly HashSet<HttpStatusCode> Retryable =
    [
        HttpStatusCode.PreconditionFailed, HttpStatusCode.TooManyRequests, HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, ["conversations", conversationId, "activities"], activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, ["conversations", conversationId, "activities", activityId], activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, ["conversations", conversationId, "activities", activityId], activity, cancellationToken);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Delete, serviceUrl, ["conversations", conversationId, "activities", activityId], null, cancellationToken);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, ["conversations"], parameters, cancellationToken);

    public async Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken) =>
        await SendAsync<List<ChannelAccount>>(HttpMethod.Get, serviceUrl, ["conversations", conversationId, "members"], null, cancellationToken);

    public Task<PagedMembersResult> GetConversationPagedMembersAsync(
        string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (pageSize is { } size)
        {
            query.Add($"pageSize={size}");
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add($"continuationToken={Uri.EscapeDataString(continuationToken)}");
        }

        return SendAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, ["conversations", conversationId, "pagedmembers"], null, cancellationToken, string.Join('&', query));
    }

    public Task<ChannelAccount> GetConversationMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        SendAsync<ChannelAccount>(HttpMethod.Get, serviceUrl, ["conversations", conversationId, "members", userId], null, cancellationToken);

    /// <summary><c>{serviceUrl}/v3/{segments}</c>: a trailing slash added, path prefixes kept, each segment escaped (Teams ids hold <c>: @ ;</c>).</summary>
    public static Uri BuildUri(string serviceUrl, IEnumerable<string> segments, string? query = null)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        var baseUrl = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        var path = "v3/" + string.Join('/', segments.Select(Uri.EscapeDataString));
        return new Uri(baseUrl + path + (string.IsNullOrEmpty(query) ? string.Empty : "?" + query), UriKind.Absolute);
    }

    private async Task<T> SendAsync<T>(
        HttpMethod method, string serviceUrl, string[] segments, object? body, CancellationToken cancellationToken, string? query = null)
        where T : class
    {
        var uri = BuildUri(serviceUrl, segments, query);
        var settings = options.Value;
        string? token = null;
        if (settings.AuthenticationEnabled)
        {
            if (!trust.IsTrusted(uri))
            {
                throw new ConnectorException(null, "UntrustedServiceUrl", $"Refusing to send the bot's token to {uri.GetLeftPart(UriPartial.Authority)}.", null);
            }

            token = await tokens.GetTokenAsync(cancellationToken);
        }
        else if (!trust.IsAllowedWithoutAuthentication(uri))
        {
            throw new ConnectorException(null, "UntrustedServiceUrl", $"Without Bot:MicrosoftAppId only loopback or configured serviceUrls are called, not {uri.GetLeftPart(UriPartial.Authority)}.", null);
        }

        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (body is not null)
            {
                request.Content = JsonContent.Create(body, body.GetType(), options: BotJson.Options);
            }

            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return await ReadAsync<T>(response, cancellationToken);
            }

            var correlationId = response.Headers.TryGetValues("X-Correlating-OperationId", out var ids) ? ids.FirstOrDefault() : null;
            var (code, message) = await ReadErrorAsync(response, cancellationToken);
            var delay = Retryable.Contains(response.StatusCode) && attempt < settings.RetryMaxAttempts ? RetryDelay(response, attempt, settings) : null;
            if (delay is null)
            {
                LogFailed(logger, method.Method, uri.AbsolutePath, (int)response.StatusCode, code, correlationId);
                throw new ConnectorException(response.StatusCode, code, message ?? $"{method} {uri.AbsolutePath} answered {(int)response.StatusCode}.", correlationId)
                {
                    RetryAfter = response.Headers.RetryAfter?.Delta,
                };
            }

            LogRetrying(logger, method.Method, uri.AbsolutePath, (int)response.StatusCode, delay.Value, attempt, correlationId);
            await Task.Delay(delay.Value, time, cancellationToken);
        }
    }

    /// <summary>The wait before the next attempt: Retry-After when given (null if it exceeds RetryMaxDelay), else jittered backoff.</summary>
    private static TimeSpan? RetryDelay(HttpResponseMessage response, int attempt, BotOptions settings)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta <= settings.RetryMaxDelay ? delta : null;
        }

        if (retryAfter?.Date is { } date)
        {
            // A date says "not before"; the clock difference is ours to guess, so treat it like a delta from the response.
            var wait = date - (response.Headers.Date ?? date);
            return wait <= settings.RetryMaxDelay ? (wait < TimeSpan.Zero ? TimeSpan.Zero : wait) : null;
        }

        var exponential = settings.RetryBaseDelay * Math.Pow(2, attempt - 1);
        var capped = exponential < settings.RetryMaxDelay ? exponential : settings.RetryMaxDelay;
#pragma warning disable CA5394 // Jitter needs no cryptographic randomness.
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
#pragma warning restore CA5394
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        // offline-directline and DELETE answer with an empty body.
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return typeof(T) == typeof(ResourceResponse) ? (T)(object)new ResourceResponse(null) : null!;
        }

        return JsonSerializer.Deserialize<T>(text, BotJson.Options)!;
    }

    private static async Task<(string? Code, string? Message)> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error) &&
                error.ValueKind == JsonValueKind.Object)
            {
                return (error.TryGetProperty("code", out var c) ? c.GetString() : null, error.TryGetProperty("message", out var m) ? m.GetString() : null);
            }
        }
        catch (JsonException)
        {
            // Not the documented error shape; the status says enough.
        }

        return (null, null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} {Path} answered {Status} ({Code}), correlation {CorrelationId}")]
    private static partial void LogFailed(ILogger logger, string method, string path, int status, string? code, string? correlationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Method} {Path} answered {Status}; retrying in {Delay} (attempt {Attempt}), correlation {CorrelationId}")]
    private static partial void LogRetrying(ILogger logger, string method, string path, int status, TimeSpan delay, int attempt, string? correlationId);
}
