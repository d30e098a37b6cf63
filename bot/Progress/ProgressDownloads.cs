namespace ReformBot.Progress;

/// <summary>Rebuilds the file a signed link or a Teams file consent stands for, in the scope checked when it was issued.</summary>
internal sealed class ProgressDownloads(ProgressExports exports)
{
    public Task<ExportResult> BuildAsync(DownloadToken token, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var request = new ExportRequest(token.PlanCode, token.Unit, token.At, token.Report, token.Occurrence);
        return token.Kind == DownloadToken.Draft
            ? exports.DraftAsync(request, null, token.Actor, channel, cancellationToken)
            : exports.WorkbookAsync(request, null, token.Actor, channel, cancellationToken);
    }
}
