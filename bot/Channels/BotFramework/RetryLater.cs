using System.Globalization;

namespace ReformBot.Channels.BotFramework;

/// <summary>503 with <c>Retry-After</c> (whole seconds, at least one): the activity was not stored; send it again then.</summary>
internal sealed class RetryLater(TimeSpan after) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }
}
