using ReformBot.Delivery;

namespace ReformBot.Channels;

/// <summary>
/// Fetches a file a person sent in chat through the link the channel gave (Teams' pre-authenticated download URL,
/// Zalo's file URL): a plain GET, held to a limit while streaming (a declared length over it is refused before any
/// byte is read), within <see cref="Timeout"/>, and only over https in Production.
/// </summary>
public sealed partial class ChatFileDownloader(IHttpClientFactory clients, IHostEnvironment environment, ILogger<ChatFileDownloader> logger)
{
    public const string HttpClientName = "chat-files";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The file behind <paramref name="url"/>; null when the link is missing or not an absolute http(s) URL.</summary>
    public IncomingFile? For(string? name, long? size, string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var fileName = string.IsNullOrWhiteSpace(name) ? Path.GetFileName(uri.AbsolutePath) : name.Trim();
        return new IncomingFile(fileName, size is >= 0 ? size : null, new Download(this, uri));
    }

    private async Task<IncomingFileRead> ReadAsync(Uri uri, long maxBytes, CancellationToken cancellationToken)
    {
        if (uri.Scheme != Uri.UriSchemeHttps && environment.IsProduction())
        {
            LogRefused(logger, uri.Host);
            return IncomingFileRead.Unavailable;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var client = clients.CreateClient(HttpClientName);
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                LogFailed(logger, uri.Host, (int)response.StatusCode);
                return IncomingFileRead.Unavailable;
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return IncomingFileRead.Larger;
            }

            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, timeout.Token)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return IncomingFileRead.Larger;
                }

                buffer.Write(chunk, 0, read);
            }

            return new IncomingFileRead(buffer.ToArray(), false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogFailed(logger, uri.Host, 0);
            return IncomingFileRead.Unavailable;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A chat file link to {Host} is not https; not fetched in Production")]
    private static partial void LogRefused(ILogger logger, string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A chat file from {Host} could not be fetched (status {Status}; 0: no answer)")]
    private static partial void LogFailed(ILogger logger, string host, int status);

    private sealed class Download(ChatFileDownloader downloader, Uri uri) : IIncomingFileSource
    {
        public Task<IncomingFileRead> ReadAsync(long maxBytes, CancellationToken cancellationToken) => downloader.ReadAsync(uri, maxBytes, cancellationToken);
    }
}
