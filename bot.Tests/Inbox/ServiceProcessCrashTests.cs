using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReformBot.Inbox;
using ReformBot.Storage;
using ReformBot.Tests.Channels.BotFramework;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Inbox;

/// <summary>
/// Black box: the service's own executable in its own process (as systemd runs it), a burst of "đang làm N%" updates
/// through <c>/api/messages</c>, and the process killed with SIGKILL or stopped with SIGTERM in the middle of the burst,
/// then started again. Every update that got a 200 is applied exactly once and in order; nothing is applied twice.
/// </summary>
public abstract class ServiceProcessCrashTests(StorageProvider storage) : IAsyncLifetime
{
    private const int Burst = 80;
    private const int FirstHalf = 50;
    private const int StopAfter = 30;
    private const int Senders = 8;
    private const string Officer = "lv.vp.cv1";
    private const string TaskRef = "2.a";

    private readonly TestDatabase database = TestDatabase.Create(storage);
    private FakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public Task KilledWithSigkillMidBurstLosesNoAcknowledgedUpdateAndAppliesNoneTwice() => BurstAndStopAsync(graceful: false);

    [Fact]
    public Task StoppedWithSigtermMidBurstLosesNoAcknowledgedUpdateAndAppliesNoneTwice() => BurstAndStopAsync(graceful: true);

    private async Task BurstAndStopAsync(bool graceful)
    {
        await ImportPlanAsync();
        var percents = new Dictionary<string, int>();
        var acknowledged = new List<string>();
        var service = await ServiceProcess.StartAsync(database, connector);
        int pendingAtStop;
        try
        {
            // Eight senders at a time outrun the handler (one conversation is handled in order): when the stop comes,
            // acknowledged updates are waiting and requests are in flight.
            var stopNow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var first = SendAsync(service, 0, FirstHalf, percents, acknowledged, () => acknowledged.Count == StopAfter ? stopNow.TrySetResult() : false);
            await Task.WhenAny(stopNow.Task, first);
            await service.StopAsync(graceful);
            await first;
            await using (var db = database.CreateContext())
            {
                pendingAtStop = await db.InboxItems.AsNoTracking().CountAsync(i => i.State != InboxState.Done);
            }

            service = await ServiceProcess.StartAsync(database, connector);
            await SendAsync(service, FirstHalf, Burst, percents, acknowledged, () => false);
            await InboxSettled.WaitAsync(database, seconds: 300);
        }
        finally
        {
            await service.StopAsync(graceful: true);
        }

        await using var check = database.CreateContext();
        var items = await check.InboxItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
        var task = await check.Tasks.AsNoTracking().SingleAsync(t => t.Ref == TaskRef);
        var applied = await check.TaskStatusChanges.AsNoTracking().Where(c => c.TaskId == task.Id).OrderBy(c => c.Id).Select(c => c.NewProgress).ToListAsync();

        // Every 200 is a stored row, handled once; requests cut by the stop may have been stored without their 200.
        Assert.True(pendingAtStop > 0, "the stop came while acknowledged updates were waiting to be handled");
        Assert.All(acknowledged, id => Assert.Single(items, i => i.Key.EndsWith("|" + id, StringComparison.Ordinal) && i.State == InboxState.Done));
        Assert.InRange(items.Count - acknowledged.Count, 0, Senders);
        Assert.True(acknowledged.Count >= Burst - FirstHalf + StopAfter, $"only {acknowledged.Count} of {Burst} acknowledged");

        // Each stored update applied exactly once, in the order it arrived.
        var arrived = items.Select(i => percents[i.Key[(i.Key.LastIndexOf('|') + 1)..]]).ToList();
        Assert.Equal(arrived, applied);
    }

    private static async Task SendAsync(ServiceProcess service, int from, int to, Dictionary<string, int> percents, List<string> acknowledged, Func<bool> onAcknowledged)
    {
        using var slots = new SemaphoreSlim(Senders);
        await Task.WhenAll(Enumerable.Range(from, to - from).Select(async i =>
        {
            await slots.WaitAsync();
            try
            {
                // Percents 1..Burst are all different, so every applied update is one status change.
                var (id, percent) = ($"burst-{i}", i + 1);
                lock (percents)
                {
                    percents[id] = percent;
                }

                if (await service.TryPostAsync(Activities.Message(service.ConnectorUrl, $"đang làm, được {percent}% nv {TaskRef}", id)))
                {
                    lock (acknowledged)
                    {
                        acknowledged.Add(id);
                        onAcknowledged();
                    }
                }
            }
            finally
            {
                slots.Release();
            }
        }));
    }

    private async Task ImportPlanAsync()
    {
        var plan = PlanJson.Load("lapvo-104-2024.json");
        plan["officers"]!.AsArray().Select(o => o!.AsObject()).Single(o => (string?)o["id"] == Officer)["accounts"] =
            new JsonArray(new JsonObject { ["channel"] = "msteams", ["id"] = BotTestHost.UserId });
        using var directory = new TemporaryDirectory();
        var file = directory.File("plan.json");
        await File.WriteAllBytesAsync(file, PlanJson.Bytes(plan));
        var (exit, output, error) = await ServiceExecutable.RunAsync(database, "import", file);
        Assert.True(exit == 0, output + error);
    }

    /// <summary>The service run as <c>dotnet ReformBot.dll</c> on a free port of 127.0.0.1, in Development without an app id.</summary>
    private sealed class ServiceProcess
    {
        private readonly Process process;
        private readonly HttpClient client;
        private readonly StringBuilder log = new();
        private bool stopped;
        private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private ServiceProcess(Process process, HttpClient client, string connectorUrl)
        {
            this.process = process;
            this.client = client;
            ConnectorUrl = connectorUrl;
        }

        public string ConnectorUrl { get; }

        public static async Task<ServiceProcess> StartAsync(TestDatabase database, FakeConnector connector)
        {
            var port = FreePort();
            var start = ServiceExecutable.Command(
                database,
                $"--urls=http://127.0.0.1:{port}",
                $"--Bot:DefaultServiceUrl={connector.ServiceUrl}",
                "--Demo:LoadSamplePlan=false",
                "--Inbox:PollInterval=00:00:00.200",

                // The item in hand when the process is killed waits for its lease to run out: short here.
                "--Inbox:LeaseFor=00:00:15");
            var process = Process.Start(start)!;
            var service = new ServiceProcess(process, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) }, connector.ServiceUrl);
            process.OutputDataReceived += (_, e) => service.Append(e.Data);
            process.ErrorDataReceived += (_, e) => service.Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await service.WaitUntilServingAsync();
            return service;
        }

        /// <summary>Posts one activity; false when the service did not acknowledge it (refused, or the connection was cut).</summary>
        public async Task<bool> TryPostAsync(JsonObject activity)
        {
            try
            {
                using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
                using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), content);
                return response.StatusCode == HttpStatusCode.OK;
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or ObjectDisposedException)
            {
                // Cut by the stop, refused while the service is down, or sent on the stopped service's client.
                return false;
            }
        }

        /// <summary>SIGTERM (as systemd stop) and a wait for the exit, or SIGKILL (kill -9).</summary>
        public async Task StopAsync(bool graceful)
        {
            if (stopped)
            {
                return;
            }

            stopped = true;
            if (!process.HasExited)
            {
                if (graceful)
                {
                    using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                    await kill.WaitForExitAsync();
                }
                else
                {
                    process.Kill(entireProcessTree: true);
                }
            }

            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(limit.Token);
            client.Dispose();
            process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private void Append(string? line)
        {
            lock (log)
            {
                log.AppendLine(line);
            }

            if (line?.Contains("Now listening on:", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        }

        /// <summary>Waits for Kestrel's "Now listening on" line; fails with the output when the process exits first.</summary>
        private async Task WaitUntilServingAsync()
        {
            var exited = process.WaitForExitAsync();
            var first = await Task.WhenAny(listening.Task, exited).WaitAsync(TimeSpan.FromMinutes(3));
            if (first == exited)
            {
                lock (log)
                {
                    Assert.Fail($"the service exited with {process.ExitCode}:\n{log}");
                }
            }
        }
    }

    public sealed class OnSqlite() : ServiceProcessCrashTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : ServiceProcessCrashTests(StorageProvider.Postgres);
}
