namespace ReformBot.Progress;

/// <summary>
/// Rebuilds the file a signed link or a Teams file consent stands for, in the scope checked when it was issued: a
/// progress workbook or report draft, or a file of another <see cref="IDownloadSource"/> by its kind.
/// </summary>
internal sealed class ProgressDownloads(ProgressExports exports, IEnumerable<IDownloadSource> sources)
{
    public Task<ExportResult> BuildAsync(DownloadToken token, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var request = new ExportRequest(token.PlanCode, token.Unit, token.At, token.Report, token.Occurrence);
        return token.Kind switch
        {
            DownloadToken.Draft => exports.DraftAsync(request, null, token.Actor, channel, cancellationToken),
            DownloadToken.Workbook => exports.WorkbookAsync(request, null, token.Actor, channel, cancellationToken),
            _ => sources.FirstOrDefault(s => s.Kind == token.Kind) is { } source
                ? source.BuildAsync(token, channel, cancellationToken)
                : Task.FromResult(ExportResult.Refused(ExportFailure.Expired, $"No file of kind '{token.Kind}' is served.", ProgressTexts.FileExpired)),
        };
    }
}
