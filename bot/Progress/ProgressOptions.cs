namespace ReformBot.Progress;

/// <summary>Section <c>Progress</c>: the signed download links chat users get for workbooks and report drafts.</summary>
public sealed class ProgressOptions
{
    public const string Section = "Progress";

    /// <summary>
    /// The bot's public address, e.g. <c>https://reformbot.example.gov.vn/</c>; download links are
    /// <c>{PublicBaseUrl}api/files/{token}</c>. Without it the links are relative (fine for the admin API, not for chat).
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// The HMAC-SHA256 key that signs download links, at least 32 characters. Without one a random key is made at
    /// start-up: links then stop working when the service restarts and differ between instances.
    /// </summary>
    public string? DownloadKey { get; set; }

    /// <summary>How long a download link works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);
}
