using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ReformBot.Admin;

/// <summary>Lets a request into the admin API only with the configured <c>X-Api-Key</c>.</summary>
internal sealed partial class AdminApiKeyFilter(IOptions<AdminOptions> options, IHostEnvironment environment, ILogger<AdminApiKeyFilter> logger)
    : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.Value.ApiKey;
        if (string.IsNullOrEmpty(expected))
        {
            if (environment.IsDevelopment())
            {
                return await next(context);
            }

            return TypedResults.Problem(
                "The admin API is disabled: set Admin:ApiKey to enable it.", statusCode: StatusCodes.Status403Forbidden, title: "Admin API disabled");
        }

        if (!Carries(context.HttpContext.Request, expected))
        {
            LogRejected(logger, context.HttpContext.Request.Path, string.IsNullOrEmpty(context.HttpContext.Request.Headers[HeaderName].ToString()) ? "missing" : "wrong");
            return TypedResults.Problem(
                $"Send the admin API key in the {HeaderName} header.", statusCode: StatusCodes.Status401Unauthorized, title: "API key required");
        }

        return await next(context);
    }

    /// <summary>Whether the request's <c>X-Api-Key</c> is <paramref name="expected"/>, compared in constant time.</summary>
    internal static bool Carries(HttpRequest request, string expected) => IsKey(request.Headers[HeaderName].ToString(), expected);

    /// <summary>Whether <paramref name="given"/> (a header, or a form field of an admin page) is the key, in constant time.</summary>
    internal static bool IsKey(string? given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given ?? string.Empty), Encoding.UTF8.GetBytes(expected));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin request to {Path} rejected: {Reason} API key")]
    private static partial void LogRejected(ILogger logger, PathString path, string reason);
}
