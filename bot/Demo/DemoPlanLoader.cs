using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Storage;

namespace ReformBot.Demo;

/// <summary>
/// Gives a fresh development database something to talk about: the Lấp Vò plan 104/KH-UBND, shipped inside the
/// assembly. Registered after the database migrator, so the schema exists when it runs.
/// </summary>
internal sealed partial class DemoPlanLoader(IServiceScopeFactory scopes, IOptions<DemoOptions> options, ILogger<DemoPlanLoader> logger)
    : IHostedService
{
    public const string ResourceName = "ReformBot.Demo.lapvo-104-2024.json";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadSamplePlan)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReformBotDbContext>();
        if (await db.Plans.AnyAsync(cancellationToken))
        {
            return;
        }

        var result = await scope.ServiceProvider.GetRequiredService<PlanStore>()
            .ImportAsync(await ReadSampleAsync(cancellationToken), "demo", cancellationToken);
        if (result.IsRejected)
        {
            // The sample ships with the code and is tested; this only happens if someone broke it.
            throw new InvalidOperationException($"The sample plan does not load: {string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}"))}");
        }

        LogLoaded(logger, result.Code);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task<byte[]> ReadSampleAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(DemoPlanLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the sample plan {Code} into the empty database")]
    private static partial void LogLoaded(ILogger logger, string code);
}
