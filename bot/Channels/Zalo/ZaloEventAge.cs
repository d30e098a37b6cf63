using System.Text.Json.Nodes;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// Refuses a Zalo event whose time (epoch milliseconds) is more than <see cref="Window"/> away from now: a signed
/// OA event captured once cannot be replayed later, and one from a wrong clock is not taken for today's. Checked right
/// after the signature, so only a genuine sender learns that the age was the reason.
/// </summary>
internal static class ZaloEventAge
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>An OA event: <c>timestamp</c> is part of what is signed and must be there and recent.</summary>
    public static bool IsRecentOaEvent(JsonObject body, DateTimeOffset now) =>
        ZaloJson.EpochMilliseconds(body["timestamp"]) is { } at && IsRecent(at, now);

    /// <summary>
    /// A Zalo Bot update: its <c>timestamp</c>, else its message's <c>date</c>, wrapped in <c>result</c> or not. An
    /// update that carries no time at all is let through (its secret token was checked); one with a time must be recent.
    /// </summary>
    public static bool IsRecentBotUpdate(JsonObject body, DateTimeOffset now)
    {
        var update = body["result"] as JsonObject ?? body;
        var time = update["timestamp"] ?? body["timestamp"] ?? (update["message"] as JsonObject)?["date"];
        if (time is null)
        {
            return true;
        }

        return ZaloJson.EpochMilliseconds(time) is { } at && IsRecent(at, now);
    }

    private static bool IsRecent(DateTimeOffset at, DateTimeOffset now) => (at - now).Duration() <= Window;
}
