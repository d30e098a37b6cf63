namespace ReformBot.Tests.Infrastructure;

/// <summary>
/// In every outgoing HTTP client of a <see cref="ClusterNode"/>: lets the request through, and when it is the send the
/// node dies with, never hands back the answer: the caller is left as a killed process leaves it, with the message
/// out and nothing recorded.
/// </summary>
internal sealed class CrashingHandler(ClusterNode node) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.Method == HttpMethod.Post && request.RequestUri is { } uri && uri.AbsolutePath.EndsWith("/activities", StringComparison.Ordinal)
            && node.CountSend(uri.AbsolutePath))
        {
            response.Dispose();
            await Task.Delay(Timeout.Infinite, node.Life);
        }

        return response;
    }
}
