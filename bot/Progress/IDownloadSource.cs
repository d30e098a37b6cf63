namespace ReformBot.Progress;

/// <summary>
/// A kind of file the signed links and Teams' file consents stand for besides the progress exports (the warnings of a
/// plan drafted in chat, from PlanChat): rebuilt from its token, as the exports are, when the link is opened or the
/// consent accepted. <see cref="ExportResult.ChatText"/> says in Vietnamese why there is no file any more.
/// </summary>
internal interface IDownloadSource
{
    /// <summary>The <see cref="DownloadToken.Kind"/> this source builds.</summary>
    string Kind { get; }

    Task<ExportResult> BuildAsync(DownloadToken token, string channel, CancellationToken cancellationToken);
}
