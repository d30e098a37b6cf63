namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>An answer the fake connector gives instead of success: status, JSON body, and Retry-After in seconds.</summary>
public sealed record ScriptedResponse(int Status, string? Body = null, int? RetryAfterSeconds = null)
{
    public static ScriptedResponse Error(int status, string code, int? retryAfterSeconds = null) =>
        new(status, new System.Text.Json.Nodes.JsonObject
        {
            ["error"] = new System.Text.Json.Nodes.JsonObject { ["code"] = code, ["message"] = code + " from the fake connector" },
        }.ToJsonString(), retryAfterSeconds);
}
