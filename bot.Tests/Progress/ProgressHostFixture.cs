namespace ReformBot.Tests.Progress;

/// <summary>One <see cref="ProgressHost"/> for the read-only tests of a class: the month of updates runs once.</summary>
public sealed class ProgressHostFixture : IAsyncLifetime
{
    private ProgressHost? host;

    public ProgressHost Host => host ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => host = await ProgressHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
