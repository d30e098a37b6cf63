using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// The Zalo Bot API: <c>POST {BotApiBaseUrl}/bot&lt;TOKEN&gt;/sendMessage {chat_id, text}</c>, answering
/// <c>{ok, result, error_code, description}</c> (fact sheet §2, A). The URL holds the token, so this client's
/// HTTP logging is switched off (see <c>AddZalo</c>).
/// </summary>
public sealed class ZaloBotClient(HttpClient http, IOptions<ZaloOptions> options)
{
    public async Task<ZaloApiResult> SendMessageAsync(string chatId, string text, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var uri = new Uri(settings.BotApiBaseUrl.AbsoluteUri.TrimEnd('/') + "/bot" + settings.BotToken + "/sendMessage");
        try
        {
            using var response = await http.PostAsJsonAsync(uri, new JsonObject { ["chat_id"] = chatId, ["text"] = text }, cancellationToken);
            var json = ZaloJson.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
            if (json is null)
            {
                return new ZaloApiResult(ZaloApiResult.Transport, $"HTTP {(int)response.StatusCode}");
            }

            return json["ok"] is JsonValue ok && ok.TryGetValue<bool>(out var isOk) && isOk
                ? new ZaloApiResult(0, null, ZaloJson.String((json["result"] as JsonObject)?["message_id"]))
                : new ZaloApiResult(ZaloJson.Int(json["error_code"]) ?? -1, ZaloJson.String(json["description"]));
        }
        catch (Exception e) when (e is HttpRequestException or JsonException)
        {
            return new ZaloApiResult(ZaloApiResult.Transport, e.GetType().Name);
        }
    }
}
