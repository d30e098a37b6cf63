using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>Production is closed by default: no app id, no start, unless running open is asked for by name.</summary>
public sealed class ProductionAuthenticationTests
{
    private static readonly Dictionary<string, string?> ProductionBasics = new() { ["Admin:ApiKey"] = "prod-admin-key-0123456789" };

    [Fact]
    public void ProductionWithoutAnAppIdRefusesToStart()
    {
        using var factory = new ReformBotFactory(ProductionBasics, environment: "Production");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Bot:MicrosoftAppId is required in Production", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticated", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductionAllowedToRunUnauthenticatedWarnsAtStartAndInHealthz()
    {
        var logs = new RecordingLoggerProvider();
        using var factory = new ReformBotFactory(
            new Dictionary<string, string?>(ProductionBasics) { ["Bot:AllowUnauthenticated"] = "true" },
            environment: "Production",
            configureServices: services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var check = body["checks"]!["bot-authentication"]!;
        Assert.Equal(("degraded", "unauthenticated"), ((string?)check["status"], (string?)check["data"]!["authentication"]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Bot:AllowUnauthenticated=true in Production", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProductionWithAnAppIdIsHealthyAndSaysActivitiesNeedATokenAndNoWarning()
    {
        var logs = new RecordingLoggerProvider();
        using var factory = new ReformBotFactory(
            new Dictionary<string, string?>(ProductionBasics) { ["Bot:MicrosoftAppId"] = BotTestHost.AppId, ["Bot:MicrosoftAppPassword"] = "secret" },
            environment: "Production",
            configureServices: services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = factory.CreateClient();

        var body = JsonNode.Parse(await client.GetStringAsync("/healthz"))!;

        var check = body["checks"]!["bot-authentication"]!;
        Assert.Equal(("healthy", "bot-framework-token"), ((string?)check["status"], (string?)check["data"]!["authentication"]));
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("AllowUnauthenticated", StringComparison.Ordinal));
    }

    private sealed class RecordingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Recorder(this);

        public void Dispose()
        {
        }

        private sealed class Recorder(RecordingLoggerProvider provider) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                provider.Entries.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
