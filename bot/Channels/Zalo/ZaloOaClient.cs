using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// The OA Open API v3 (fact sheet §1.3): every call carries the header <c>access_token</c> (not Bearer) and answers
/// HTTP 200 with <c>error</c> in the body. A rejected token (-216/-220) is refreshed once and the call retried.
/// </summary>
public sealed class ZaloOaClient(HttpClient http, ZaloTokenProvider tokens, ZaloRateGate rate, IOptions<ZaloOptions> options)
{
    /// <summary>A consultation message: text, with up to five buttons under it.</summary>
    public Task<ZaloApiResult> SendTextAsync(string userId, string text, IReadOnlyList<ZaloButton> buttons, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        var message = new JsonObject { ["text"] = text };
        if (buttons.Count > 0)
        {
            message["attachment"] = new JsonObject
            {
                ["type"] = "template",
                ["payload"] = new JsonObject
                {
                    ["buttons"] = new JsonArray([.. buttons.Take(ZaloRenderedMessage.MaxButtons).Select(b => (JsonNode)b.ToJson())]),
                },
            };
        }

        return PostAsync(Oa("v3.0/oa/message/cs"), Recipient(userId, message), cancellationToken);
    }

    /// <summary>The "share your information" card: the answer arrives as <c>user_submit_info</c> with the phone number.</summary>
    public Task<ZaloApiResult> SendRequestUserInfoAsync(string userId, string title, string subtitle, Uri? imageUrl, CancellationToken cancellationToken)
    {
        var element = new JsonObject { ["title"] = title, ["subtitle"] = subtitle };
        if (imageUrl is not null)
        {
            element["image_url"] = imageUrl.AbsoluteUri;
        }

        var message = new JsonObject
        {
            ["attachment"] = new JsonObject
            {
                ["type"] = "template",
                ["payload"] = new JsonObject { ["template_type"] = "request_user_info", ["elements"] = new JsonArray(element) },
            },
        };
        return PostAsync(Oa("v3.0/oa/message/cs"), Recipient(userId, message), cancellationToken);
    }

    /// <summary>
    /// A template message outside the window. By user id: <c>/v3.0/oa/message/template {user_id, template_id,
    /// template_data}</c> (one source, B). By phone: ZNS <c>{ZnsApiBaseUrl}/message/template {phone, template_id,
    /// template_data, tracking_id}</c> (A).
    /// </summary>
    public Task<ZaloApiResult> SendTemplateAsync(
        ZaloTemplateRecipient recipient, string to, string templateId, JsonObject data, string trackingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        return recipient == ZaloTemplateRecipient.UserId
            ? PostAsync(Oa("v3.0/oa/message/template"), new JsonObject { ["user_id"] = to, ["template_id"] = templateId, ["template_data"] = data }, cancellationToken)
            : PostAsync(
                new Uri(options.Value.ZnsApiBaseUrl, "message/template"),
                new JsonObject { ["phone"] = to, ["template_id"] = templateId, ["template_data"] = data, ["tracking_id"] = trackingId },
                cancellationToken);
    }

    /// <summary>
    /// Uploads a file for a file message: <c>POST /v2.0/oa/upload/file</c>, multipart with the bytes in the field
    /// <c>file</c>, header <c>access_token</c>; the answer is <c>{error:0, data:{token}}</c>. Zalo takes PDF, DOC and DOCX
    /// of at most <see cref="MaxUploadBytes"/> only. Shapes as in Zalo's own .NET SDK (zaloplatform/ZaloDotNetSDK,
    /// <c>src/sdk/oa/ZaloClient.cs</c> UploadFileForOfficialAccountAPI, the multipart field "file" in
    /// <c>src/sdk/ZaloBaseClient.cs</c>) and public OA integrations (a Node service reading <c>data.token</c>;
    /// nextlevelbuilder/goclaw's OA channel: "/v2.0/oa/upload/file accepts PDF/DOC/DOCX only", files up to 5 MB).
    /// </summary>
    public Task<ZaloApiResult> UploadFileAsync(string fileName, string contentType, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        return SendAsync(
            Oa("v2.0/oa/upload/file"),
            () =>
            {
                var file = new ByteArrayContent(content);
                file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
                return new MultipartFormDataContent { { file, "file", fileName } };
            },
            cancellationToken);
    }

    /// <summary>
    /// A consultation message carrying an uploaded file: <c>message.attachment = {type:"file", payload:{token}}</c>, as
    /// SendFileToUserId in Zalo's .NET SDK (<c>src/sdk/oa/ZaloClient.cs</c>) sends it, here to the v3 <c>/message/cs</c>.
    /// </summary>
    public Task<ZaloApiResult> SendFileAsync(string userId, string fileToken, CancellationToken cancellationToken)
    {
        var message = new JsonObject
        {
            ["attachment"] = new JsonObject { ["type"] = "file", ["payload"] = new JsonObject { ["token"] = fileToken } },
        };
        return PostAsync(Oa("v3.0/oa/message/cs"), Recipient(userId, message), cancellationToken);
    }

    /// <summary>Zalo's limit for an uploaded file.</summary>
    public const int MaxUploadBytes = 5 * 1024 * 1024;

    private static JsonObject Recipient(string userId, JsonObject message) =>
        new() { ["recipient"] = new JsonObject { ["user_id"] = userId }, ["message"] = message };

    private Uri Oa(string path) => new(options.Value.OaApiBaseUrl, path);

    private Task<ZaloApiResult> PostAsync(Uri uri, JsonObject body, CancellationToken cancellationToken) =>
        SendAsync(uri, () => JsonContent.Create(body), cancellationToken);

    private async Task<ZaloApiResult> SendAsync(Uri uri, Func<HttpContent> body, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(cancellationToken);
        if (token is null)
        {
            return new ZaloApiResult(ZaloApiResult.NoToken, "no OA access token");
        }

        var result = await PostOnceAsync(uri, body, token, cancellationToken);
        if (result.IsTokenRejected)
        {
            var renewed = await tokens.RenewAsync(token, cancellationToken);
            if (renewed is not null)
            {
                result = await PostOnceAsync(uri, body, renewed, cancellationToken);
            }
        }

        if (result.IsOk)
        {
            rate.Succeeded();
        }

        return result;
    }

    private async Task<ZaloApiResult> PostOnceAsync(Uri uri, Func<HttpContent> body, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = body() };
        request.Headers.TryAddWithoutValidation("access_token", token);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return new ZaloApiResult(ZaloApiResult.Transport, $"HTTP {(int)response.StatusCode}");
            }

            var json = ZaloJson.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
            if (json is null)
            {
                return new ZaloApiResult(ZaloApiResult.Transport, "unreadable answer");
            }

            var data = json["data"] as JsonObject;
            return new ZaloApiResult(
                ZaloJson.Int(json["error"]) ?? 0,
                ZaloJson.String(json["message"]),
                ZaloJson.String(data?["message_id"]) ?? ZaloJson.String(data?["msg_id"]),
                ZaloJson.String(data?["token"]));
        }
        catch (HttpRequestException e)
        {
            return new ZaloApiResult(ZaloApiResult.Transport, e.Message);
        }
        catch (JsonException e)
        {
            return new ZaloApiResult(ZaloApiResult.Transport, e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ZaloApiResult(ZaloApiResult.Transport, "timeout");
        }
    }
}
