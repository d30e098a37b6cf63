using System.Text.Json.Nodes;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// A button under an OA text message. <c>oa.query.hide</c> makes the user's Zalo send <see cref="Payload"/> back to the
/// OA without showing it (fact sheet §1.1, ESMS); <c>oa.open.url</c> opens <see cref="Url"/> and sends nothing back.
/// </summary>
public sealed record ZaloButton(string Title, string Type, string? Payload, Uri? Url)
{
    public const string QueryHide = "oa.query.hide";
    public const string OpenUrl = "oa.open.url";

    /// <summary>Zalo shows short titles only; the exact limit is not documented where we could read it.</summary>
    public const int MaxTitleLength = 40;

    public static ZaloButton Query(string title, string payload) => new(Shorten(title), QueryHide, payload, null);

    public static ZaloButton Link(string title, Uri url) => new(Shorten(title), OpenUrl, null, url);

    public JsonObject ToJson() => Type == OpenUrl
        ? new JsonObject { ["title"] = Title, ["type"] = Type, ["payload"] = new JsonObject { ["url"] = Url?.AbsoluteUri } }
        : new JsonObject { ["title"] = Title, ["type"] = Type, ["payload"] = Payload };

    private static string Shorten(string title) => title.Length <= MaxTitleLength ? title : title[..(MaxTitleLength - 1)].TrimEnd() + "…";
}
