using System.Net;

namespace ReformBot.Channels.BotFramework;

/// <summary>A connector call that failed for good: the HTTP status, the error body's code and the correlation id to quote.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(HttpStatusCode? statusCode, string? code, string message, string? correlationId)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
        CorrelationId = correlationId;
    }

    /// <summary>Null when no answer came (untrusted serviceUrl, network failure).</summary>
    public HttpStatusCode? StatusCode { get; }
    public string? Code { get; }
    public string? CorrelationId { get; }

    /// <summary>What the connector's Retry-After asked for when it was too long to wait inside the call.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The connector was busy or down (429, 412, 5xx gateway errors): the same message may go later.</summary>
    public bool IsBusy => StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>The bot was removed or the conversation no longer exists: retrying is pointless, the reference is stale.</summary>
    public bool IsConversationGone =>
        (StatusCode == HttpStatusCode.Forbidden && Code is "BotNotInConversationRoster" or "ConversationBlockedByUser" or "BotDisabledByAdmin") ||
        (StatusCode == HttpStatusCode.NotFound && Code == "ConversationNotFound");
}
