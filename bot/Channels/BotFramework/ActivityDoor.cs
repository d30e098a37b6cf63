using System.Text.Json;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// What <c>/api/messages</c> checks before anything else: UTF-8, one JSON object with each key once, typed fields of
/// the right JSON type, a <c>type</c>, and a <c>serviceUrl</c> that is an absolute http(s) URL (replies and the bot's
/// token go there, so a <c>file:</c>, <c>ftp:</c> or relative one is never trusted or stored).
/// </summary>
internal static class ActivityDoor
{
    private static readonly JsonSerializerOptions Strict = new(BotJson.Options) { AllowDuplicateProperties = false };

    /// <summary>The activity, or why it is refused (English, for the 400's problem details).</summary>
    public static (Activity? Activity, string? Problem) Read(ReadOnlySpan<byte> body)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return (null, "The body is not valid UTF-8.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, Strict);
        }
        catch (JsonException e)
        {
            return (null, $"The body is not an activity: {e.Message}");
        }

        if (string.IsNullOrWhiteSpace(activity?.Type))
        {
            return (null, "The activity has no type.");
        }

        return IsHttpUrl(activity.ServiceUrl)
            ? (activity, null)
            : (null, "The activity's serviceUrl must be an absolute http or https URL.");
    }

    public static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);
}
