namespace ReformBot.Channels.Zalo;

/// <summary>
/// What the OA API answered. Its HTTP status is always 200; <see cref="Error"/> (0 = OK) says what happened
/// (fact sheet §1.3 and §1.7). <see cref="FileToken"/> is what a file upload answers in <c>data.token</c>.
/// </summary>
public sealed record ZaloApiResult(int Error, string? Message, string? MessageId = null, string? FileToken = null)
{
    /// <summary>Our own code: no access token to send with.</summary>
    public const int NoToken = -100001;

    /// <summary>Our own code: the API could not be reached or did not answer in JSON.</summary>
    public const int Transport = -100002;

    public bool IsOk => Error == 0;

    /// <summary>-216 token invalid, -220 token expired, -124 the same on the ZNS side: refresh once and retry.</summary>
    public bool IsTokenRejected => Error is -216 or -220 or -124;

    /// <summary>-230/-232 the user has not interacted within the window.</summary>
    public bool IsOutsideWindow => Error is -230 or -232;

    /// <summary>-213 the user does not follow the OA; -227 banned or inactive; -244 blocked this message type.</summary>
    public bool IsUserUnreachable => Error is -213 or -227 or -244;

    /// <summary>-32 too many requests.</summary>
    public bool IsRateLimited => Error == -32;

    public override string ToString() => $"{Error} {Message}".Trim();
}
