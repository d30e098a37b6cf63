using System.Text.Json.Nodes;

namespace ReformBot.Tests.Channels.Zalo;

/// <summary>Webhook bodies shaped as the fact sheet shows them (ids and timestamps as strings).</summary>
public static class ZaloEvents
{
    // Near the real time: the webhook refuses events more than 15 minutes away from the service's clock.
    private static long stamp = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();

    public static string NextTimestamp() => Interlocked.Increment(ref stamp).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Text(string userId, string text, string msgId) => new JsonObject
    {
        ["app_id"] = ZaloTestHost.AppId,
        ["sender"] = new JsonObject { ["id"] = userId },
        ["recipient"] = new JsonObject { ["id"] = "579745863508352884" },
        ["user_id_by_app"] = "552177279717587730",
        ["event_name"] = "user_send_text",
        ["message"] = new JsonObject { ["text"] = text, ["msg_id"] = msgId },
        ["timestamp"] = NextTimestamp(),
    }.ToJsonString();

    public static string Follow(string userId, string eventName = "follow") => new JsonObject
    {
        ["oa_id"] = "579745863508352884",
        ["follower"] = new JsonObject { ["id"] = userId },
        ["user_id_by_app"] = "552177279717587730",
        ["event_name"] = eventName,
        ["source"] = "oa_profile",
        ["app_id"] = ZaloTestHost.AppId,
        ["timestamp"] = NextTimestamp(),
    }.ToJsonString();

    public static string SubmitInfo(string userId, string phone) => new JsonObject
    {
        ["app_id"] = ZaloTestHost.AppId,
        ["sender"] = new JsonObject { ["id"] = userId },
        ["recipient"] = new JsonObject { ["id"] = "579745863508352884" },
        ["event_name"] = "user_submit_info",
        ["info"] = new JsonObject { ["name"] = "Chuyên viên", ["phone"] = phone },
        ["timestamp"] = NextTimestamp(),
    }.ToJsonString();

    public static string Other(string eventName) => new JsonObject
    {
        ["app_id"] = ZaloTestHost.AppId,
        ["event_name"] = eventName,
        ["sender"] = new JsonObject { ["id"] = "579745863508352884" },
        ["recipient"] = new JsonObject { ["id"] = ZaloTestHost.VpUser },
        ["timestamp"] = NextTimestamp(),
    }.ToJsonString();
}
