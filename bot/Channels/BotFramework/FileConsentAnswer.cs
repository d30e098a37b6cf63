using System.Text.Json.Nodes;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// What a person pressed on a file consent card, read from a <c>fileConsent/invoke</c> value
/// (<c>{type:"fileUpload", action:"accept"|"decline", context:{token}, uploadInfo:{…}}</c>); null when it is anything else.
/// </summary>
internal sealed record FileConsentAnswer(bool Accepted, string Token, FileUploadInfo? Upload)
{
    /// <param name="allowHttp">Outside Production a plain-http upload address (a local fake) is accepted too.</param>
    public static FileConsentAnswer? Read(JsonNode? value, bool allowHttp, out string? problem)
    {
        problem = null;
        if (value is not JsonObject o || Text(o["type"]) != "fileUpload" || Text(o["action"]) is not ("accept" or "decline") ||
            (o["context"] as JsonObject)?[FileConsentCards.TokenField] is not JsonNode tokenNode || Text(tokenNode) is not { Length: > 0 } token)
        {
            problem = "not a file upload consent";
            return null;
        }

        if (Text(o["action"]) == "decline")
        {
            return new FileConsentAnswer(false, token, null);
        }

        if (o["uploadInfo"] is not JsonObject info || Text(info["uploadUrl"]) is not { } url ||
            !Uri.TryCreate(url, UriKind.Absolute, out var uploadUrl) ||
            !(uploadUrl.Scheme == Uri.UriSchemeHttps || (allowHttp && uploadUrl.Scheme == Uri.UriSchemeHttp)))
        {
            problem = allowHttp ? "uploadInfo.uploadUrl is not an absolute http(s) address" : "uploadInfo.uploadUrl is not an absolute https address";
            return new FileConsentAnswer(true, token, null);
        }

        return new FileConsentAnswer(true, token, new FileUploadInfo(Text(info["name"]), uploadUrl, Text(info["contentUrl"]), Text(info["uniqueId"]), Text(info["fileType"])));
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
