using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Channels.Zalo;
using ReformBot.Storage;
using ReformBot.Tests.Channels.BotFramework;
using ReformBot.Tests.Channels.Zalo;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests;

/// <summary>
/// 10,000 generated requests (fixed seed): valid activities, Zalo events, plan files and admin queries, truncated,
/// mutated, retyped, deepened, with invalid UTF-8 and odd headers, each Zalo OA event signed over its fuzzed bytes so
/// that it is parsed. None may get a 5xx. The refused ones are then replayed on a fresh service: its database must
/// come out exactly as it went in.
/// </summary>
public sealed class InputFuzzTests
{
    private const int Requests = 10_000;
    private const int Seed = 20261201;
    private const string AppId = "1234567890123456789";
    private const string OaSecretKey = "oa-secret-key";
    private const string BotSecret = "bot-webhook-secret";

    private static readonly string[] Doors = ["/api/messages", "/api/zalo/oa", "/api/zalo/bot", "/api/admin/plans", "/api/admin/recognize"];

    private static readonly DateTimeOffset Now = new(2024, 11, 20, 9, 0, 0, TimeSpan.FromHours(7));

    private static readonly string[] Dates =
    [
        "2024-11-20", "0001-01-01", "9999-12-31", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59+14:00", "9999-12-31T23:59:59",
        "0001-01-01T00:00:00-12:00", "2024-02-30", "2024-13-01", "1899-12-31", "2201-01-01", "20241120", "yesterday", "", " ",
        "2024-11-20T08:00:00+07:00", "2024-11-20T25:00:00", "-2024-01-01", "2024-11-20T08:00:00+99:00", "١٢٣٤-١١-٢٠",
    ];

    private static readonly string[] Texts =
    [
        "đã xong nv 2.a", "da xong nv 6.b", "đang làm 70%", "đang làm 99999999999999999999%", "vướng: chưa có kinh phí",
        "xin gia hạn nv 5.a đến 31/12/9999", "xin gia hạn nv 5.a đến 1/1/0001", "nhắc lại sau 2147483648 ngày", "nhắc lại ngày 31/02",
        "đã nộp báo cáo tháng 13", "báo cáo quý 0", "việc nào quá hạn?", "đồng ý gia hạn nv 5.a đến 29/02/2023", "liên kết 99999999999",
        "nhắc tôi thứ hai tuần sau nữa nữa nữa", "https://example.com/minh-chung", "giúp", "\u0000", "🙂🙂🙂", new string('a', 5000),
    ];

    private static readonly string[] Numbers = ["0", "-1", "1", "1000", "1001", "99999999999999999999", "1e3", "abc", "", "NaN", "2147483648", "-9223372036854775809"];

    [Fact]
    public async Task TenThousandFuzzedRequestsGetNo5xxAndTheRefusedOnesChangeNothing()
    {
        var random = new Random(Seed);
        var requests = new List<FuzzRequest>(Requests);
        for (var i = 0; i < Requests; i++)
        {
            requests.Add(Generate(random, i));
        }

        List<FuzzRequest> refused;
        await using (var host = await FuzzHost.StartAsync())
        {
            var failures = new List<string>();
            refused = [];
            foreach (var request in requests)
            {
                var status = await host.SendAsync(request);
                // 501 is the Bot Framework's answer to an invoke name the bot does not implement (not a failure).
                if ((int)status >= 500 && !(status == HttpStatusCode.NotImplemented && request.Path == "/api/messages"))
                {
                    failures.Add($"#{request.Number} {request.Method} {request.Path} → {(int)status}: {Preview(request.Body)}");
                }
                else if ((int)status is >= 400 and < 500 && request.Method == "POST")
                {
                    refused.Add(request);
                }
            }

            Assert.True(failures.Count == 0, $"{failures.Count} requests got a 5xx:\n" + string.Join("\n", failures.Take(20)));
        }

        // Every kind of refusal is among them, so the replay below checks something for each door.
        Assert.All(Doors, path => Assert.Contains(refused, r => r.Path == path));
        await using var fresh = await FuzzHost.StartAsync();
        var before = fresh.Fingerprint();
        foreach (var request in refused)
        {
            var status = await fresh.SendAsync(request);
            Assert.True((int)status is >= 400 and < 500, $"#{request.Number} {request.Path} was refused once, now {(int)status}");
        }

        Assert.Equal(before, fresh.Fingerprint());
    }

    private static FuzzRequest Generate(Random random, int number)
    {
        var roll = random.Next(100);
        return roll switch
        {
            < 35 => Json(random, number, "/api/messages", Activity(random)),
            < 50 => ZaloOa(random, number),
            < 60 => ZaloBot(random, number),
            < 66 => Json(random, number, "/api/admin/plans", PlanJson.Load("lapvo-104-2024.json")),
            < 84 => Json(random, number, "/api/admin/recognize", new JsonObject { ["text"] = Pick(random, Texts), ["today"] = Pick(random, Dates) }),
            _ => Query(random, number),
        };
    }

    private static FuzzRequest Json(Random random, int number, string path, JsonObject valid)
    {
        var request = new FuzzRequest(number, "POST", path, Mutate(random, valid));
        return WithHeaders(random, request);
    }

    private static FuzzRequest WithHeaders(Random random, FuzzRequest request)
    {
        request.ContentType = random.Next(10) switch
        {
            0 => null,
            1 => "text/plain",
            2 => "application/json; charset=utf-16",
            3 => "multipart/form-data; boundary=x",
            _ => "application/json",
        };
        if (random.Next(20) == 0)
        {
            request.Headers.Add(("Authorization", Pick(random, ["Bearer", "Bearer x.y.z", "Basic Zm9vOmJhcg==", "Bearer " + new string('a', 3000)])));
        }

        if (random.Next(10) == 0)
        {
            request.Headers.Add((Pick(random, ["X-Api-Key", "X-Forwarded-For", "X-ZEvent-Signature", "X-Bot-Api-Secret-Token", "Accept-Language"]), RandomText(random, 40)));
        }

        return request;
    }

    private static JsonObject Activity(Random random)
    {
        var activity = random.Next(5) switch
        {
            0 => Activities.Submit("http://127.0.0.1:9/amer/", new JsonObject { ["verb"] = "taskDone", ["planCode"] = "104/KH-UBND", ["taskRef"] = "2.a" }),
            1 => Activities.Execute("http://127.0.0.1:9/amer/", Pick(random, ["taskDone", "taskUpdate", "overduePage", "x"]), new JsonObject { ["planCode"] = "104/KH-UBND", ["taskRef"] = "2.a", ["progress"] = 50 }),
            2 => Activities.BotAdded("http://127.0.0.1:9/amer/"),
            3 => Activities.Installed("http://127.0.0.1:9/amer/"),
            _ => Activities.Message("http://127.0.0.1:9/amer/", Pick(random, Texts)),
        };
        activity["id"] = "fuzz-" + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture);
        if (random.Next(4) == 0)
        {
            activity["serviceUrl"] = Pick(random, ["file:///etc/passwd", "ftp://x/", "http://[::1", "/relative", "smba.trafficmanager.net/teams/", "https://smba.trafficmanager.net/teams/", "http://127.0.0.1:9/"]);
        }

        return activity;
    }

    private static FuzzRequest ZaloOa(Random random, int number)
    {
        var stamp = (Now + TimeSpan.FromMinutes(random.Next(10) == 0 ? random.Next(-60, 60) : 0)).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var user = random.Next(3) == 0 ? ZaloTestHost.VpUser : random.NextInt64(1, long.MaxValue).ToString(CultureInfo.InvariantCulture);
        var valid = JsonNode.Parse(random.Next(3) == 0 ? ZaloEvents.Follow(user) : ZaloEvents.Text(user, Pick(random, Texts), "m-" + random.Next()))!.AsObject();
        valid["app_id"] = AppId;
        valid["timestamp"] = stamp;
        var request = WithHeaders(random, new FuzzRequest(number, "POST", "/api/zalo/oa", Mutate(random, valid)));

        // Signed over the fuzzed bytes with whatever app_id and timestamp they carry, so the body gets past the signature.
        var parsed = ZaloJson.Parse(request.Body);
        var (appId, timestamp) = (ZaloJson.String(parsed?["app_id"]) ?? AppId, ZaloJson.String(parsed?["timestamp"]) ?? stamp);
        request.Headers.Add((ZaloSignature.HeaderName, random.Next(10) == 0 ? "mac=" + RandomText(random, 64) : ZaloSignature.Header(appId, request.Body, timestamp, OaSecretKey)));
        return request;
    }

    private static FuzzRequest ZaloBot(Random random, int number)
    {
        var update = new JsonObject
        {
            ["event_name"] = Pick(random, ["message.text.received", "message.image.received", "message.sticker.received", "other"]),
            ["message"] = new JsonObject
            {
                ["from"] = new JsonObject { ["id"] = "6ede9afa66b88fe6d6a9", ["display_name"] = "Hồng", ["is_bot"] = false },
                ["chat"] = new JsonObject { ["id"] = "6ede9afa66b88fe6d6a9", ["chat_type"] = "PRIVATE" },
                ["text"] = Pick(random, Texts),
                ["message_id"] = "b-" + random.Next(),
                ["date"] = (Now + TimeSpan.FromMinutes(random.Next(10) == 0 ? random.Next(-60, 60) : 0)).ToUnixTimeMilliseconds(),
            },
        };
        var valid = random.Next(2) == 0 ? new JsonObject { ["ok"] = true, ["result"] = update } : update;
        var request = WithHeaders(random, new FuzzRequest(number, "POST", "/api/zalo/bot", Mutate(random, valid)));
        request.Headers.Add((ZaloEndpoints.BotSecretHeader, random.Next(20) == 0 ? RandomText(random, 18) : BotSecret));
        return request;
    }

    private static FuzzRequest Query(Random random, int number)
    {
        // A NUL in a path never gets past an HTTP server's request line (the test server throws on it), so none is sent.
        string V(string[] from) => Uri.EscapeDataString((random.Next(8) == 0 ? RandomText(random, 12) : Pick(random, from)).Replace("\u0000", string.Empty, StringComparison.Ordinal));
        var path = random.Next(5) switch
        {
            0 => $"/api/admin/reminders?from={V(Dates)}&to={V(Dates)}" + (random.Next(3) == 0 ? $"&officer={V(["lv.vp.cv1", "", new string('x', 200)])}" : string.Empty),
            1 => $"/api/admin/audit?from={V(Dates)}&to={V(Dates)}&limit={V(Numbers)}" + (random.Next(2) == 0 ? $"&before={V(Numbers)}" : string.Empty),
            2 => $"/api/admin/outbox?state={V(["pending", "dead", "3", "-1", "Sent", "all", ""])}",
            3 => $"/api/admin/plans/{V(["104/KH-UBND", "104%2FKH-UBND", "../../etc", "nope", new string('1', 100), "đ/Đ", "a b"])}",
            _ => "/api/admin/plans",
        };
        return WithHeaders(random, new FuzzRequest(number, "GET", path, []));
    }

    /// <summary>Tree changes (retyped, removed, added, deepened values), then byte changes (truncated, flipped, invalid UTF-8, a key twice).</summary>
    private static byte[] Mutate(Random random, JsonObject valid)
    {
        if (random.Next(40) == 0)
        {
            return Encoding.UTF8.GetBytes(RandomText(random, random.Next(0, 200)));
        }

        var deep = new List<string>();
        if (random.Next(10) < 7)
        {
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var nodes = Descendants(valid).ToList();
                if (nodes.Count == 0)
                {
                    break;
                }

                var (parent, key, index) = nodes[random.Next(nodes.Count)];
                var odd = Odd(random, deep);
                switch (random.Next(4))
                {
                    case 0 when parent is JsonObject o:
                        o.Remove(key!);
                        break;
                    case 1 when parent is JsonObject o:
                        o["x" + random.Next(100)] = odd;
                        break;
                    default:
                        if (parent is JsonObject obj)
                        {
                            obj[key!] = odd;
                        }
                        else if (parent is JsonArray array)
                        {
                            array[index] = odd;
                        }

                        break;
                }
            }
        }

        var text = valid.ToJsonString();
        for (var i = 0; i < deep.Count; i++)
        {
            var depth = random.Next(20, 400);
            text = text.Replace($"\"\\u0001deep{i}\"", new string('[', depth) + "1" + new string(']', depth), StringComparison.Ordinal);
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        switch (random.Next(12))
        {
            case 0:
                return bytes[..random.Next(bytes.Length)];
            case 1:
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return bytes;
            case 2:
                var at = random.Next(bytes.Length);
                byte[] invalid = Pick(random, new[] { new byte[] { 0xC0, 0xAF }, [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82] });
                return [.. bytes[..at], .. invalid, .. bytes[at..]];
            case 3 when valid.Count > 0:
                var first = valid.ElementAt(random.Next(valid.Count)).Key;
                var doubled = "{\"" + first + "\":" + (random.Next(2) == 0 ? "1" : "{\"a\":[]}") + "," + text[1..];
                return Encoding.UTF8.GetBytes(doubled);
            default:
                return bytes;
        }
    }

    private static JsonNode? Odd(Random random, List<string> deep)
    {
        switch (random.Next(14))
        {
            case 0: return null;
            case 1: return JsonValue.Create(random.Next(-1000, 1000));
            case 2: return JsonNode.Parse(Pick(random, ["1e400", "-1e400", "123456789012345678901234567890", "-0", "0.0000000000000000000001", "9223372036854775808"]));
            case 3: return JsonValue.Create(random.Next(2) == 0);
            case 4: return JsonValue.Create(RandomText(random, random.Next(0, 30)));
            case 5: return new JsonArray(JsonValue.Create(1), JsonValue.Create("a"), null);
            case 6: return new JsonObject { ["id"] = random.Next(), ["type"] = new JsonArray() };
            case 7:
                deep.Add(string.Empty);
                return JsonValue.Create($"\u0001deep{deep.Count - 1}");
            case 8: return JsonValue.Create(Pick(random, Dates));
            case 9: return JsonValue.Create(Pick(random, Numbers));
            case 10: return JsonValue.Create(new string('x', random.Next(1000, 70_000)));
            default: return JsonValue.Create(Pick(random, Texts));
        }
    }

    private static IEnumerable<(JsonNode Parent, string? Key, int Index)> Descendants(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    yield return (o, key, -1);
                    if (child is not null)
                    {
                        foreach (var d in Descendants(child))
                        {
                            yield return d;
                        }
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    yield return (a, null, i);
                    if (a[i] is { } child)
                    {
                        foreach (var d in Descendants(child))
                        {
                            yield return d;
                        }
                    }
                }

                break;
        }
    }

    private static string RandomText(Random random, int length)
    {
        const string alphabet = "abcđĐếộ0123456789 {}[]\":,\\/%+-.TZ\u0000\t\n\u200b🙂";
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Preview(byte[] body) => Encoding.UTF8.GetString(body[..Math.Min(body.Length, 300)]);

    private sealed class FuzzRequest(int number, string method, string path, byte[] body)
    {
        public int Number { get; } = number;
        public string Method { get; } = method;
        public string Path { get; } = path;
        public byte[] Body { get; } = body;
        public string? ContentType { get; set; }
        public List<(string Name, string Value)> Headers { get; } = [];
    }

    /// <summary>The service in Development (no Bot auth, open admin API) with Zalo OA and Bot on, the Lấp Vò plan loaded, a fixed clock.</summary>
    private sealed class FuzzHost : IAsyncDisposable
    {
        private readonly FakeZaloServer zalo;
        private readonly ReformBotFactory factory;
        private readonly HttpClient client;

        private FuzzHost(FakeZaloServer zalo, ReformBotFactory factory)
        {
            this.zalo = zalo;
            this.factory = factory;
            client = factory.CreateClient();
        }

        public static async Task<FuzzHost> StartAsync()
        {
            var zalo = await FakeZaloServer.StartAsync();
            var factory = new ReformBotFactory(
                new Dictionary<string, string?>
                {
                    ["Zalo:Enabled"] = "true",
                    ["Zalo:AppId"] = AppId,
                    ["Zalo:AppSecret"] = "app-secret",
                    ["Zalo:OaSecretKey"] = OaSecretKey,
                    ["Zalo:OaApiBaseUrl"] = zalo.BaseUrl.AbsoluteUri,
                    ["Zalo:OAuthBaseUrl"] = zalo.BaseUrl.AbsoluteUri,
                    ["Zalo:ZnsApiBaseUrl"] = zalo.BaseUrl.AbsoluteUri,
                    ["Zalo:BotEnabled"] = "true",
                    ["Zalo:BotToken"] = ZaloTestHost.BotToken,
                    ["Zalo:BotSecretToken"] = BotSecret,
                    ["Zalo:BotApiBaseUrl"] = zalo.BaseUrl.AbsoluteUri,
                    ["Zalo:QueueCapacity"] = "100000",
                    ["Bot:WorkQueueCapacity"] = "100000",
                    ["Bot:RetryMaxAttempts"] = "1",
                },
                configureServices: services => services.AddSingleton<TimeProvider>(new ManualTimeProvider(Now)));
            var host = new FuzzHost(zalo, factory);
            await using var scope = factory.Services.CreateAsyncScope();
            var loaded = await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(Fixtures.PlanBytes("lapvo-104-2024.json"), "test", CancellationToken.None);
            Assert.False(loaded.IsRejected);
            return host;
        }

        public async Task<HttpStatusCode> SendAsync(FuzzRequest request)
        {
            using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path);
            if (request.Method == "POST")
            {
                message.Content = new ByteArrayContent(request.Body);
                if (request.ContentType is not null)
                {
                    message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
                }
            }

            foreach (var (name, value) in request.Headers)
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await client.SendAsync(message);
            return response.StatusCode;
        }

        /// <summary>Every row of every table, hashed: equal fingerprints mean nothing was written.</summary>
        public string Fingerprint()
        {
            using var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Mode=ReadOnly;Pooling=False");
            connection.Open();
            var tables = new List<string>();
            using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
                using var reader = list.ExecuteReader();
                while (reader.Read())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            var all = new StringBuilder();
            foreach (var table in tables)
            {
                using var select = connection.CreateCommand();
                select.CommandText = $"SELECT * FROM \"{table}\"";
                using var reader = select.ExecuteReader();
                all.Append(table).Append('\n');
                while (reader.Read())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        all.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                    }

                    all.Append('\n');
                }
            }

            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
        }

        public async ValueTask DisposeAsync()
        {
            client.Dispose();
            await factory.DisposeAsync();
            await zalo.DisposeAsync();
        }
    }
}
