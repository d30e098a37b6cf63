using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Admin;

public sealed class CalendarEndpointsTests
{
    private const string ApiKey = "test-admin-key-0123456789";

    private static ReformBotFactory Factory(string now = "2026-12-01T09:00:00+07:00", RecordingLoggerProvider? logs = null) => new(
        new Dictionary<string, string?> { ["Admin:ApiKey"] = ApiKey },
        configureServices: services =>
        {
            services.AddSingleton<TimeProvider>(new ManualTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
            if (logs is not null)
            {
                services.AddSingleton<ILoggerProvider>(logs);
            }
        });

    private static HttpClient Client(ReformBotFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    [Fact]
    public async Task AYearListsItsDaysOffWithNamesAndSourcesAndItsMakeUpDays()
    {
        using var factory = Factory();
        using var client = Client(factory);

        var body = (await client.GetFromJsonAsync<JsonObject>("/api/admin/calendar?year=2026"))!;

        Assert.Equal(2026, (int)body["year"]!);
        Assert.Equal("announced", (string?)body["status"]);
        var daysOff = body["daysOff"]!.AsArray();
        Assert.Equal(13, daysOff.Count);
        var swapped = daysOff.Single(d => (string?)d!["date"] == "2026-08-31")!;
        Assert.Equal("swappedDayOff", (string?)swapped["kind"]);
        Assert.False((bool)swapped["working"]!);
        Assert.All(daysOff, d => Assert.False(string.IsNullOrWhiteSpace((string?)d!["source"])));
        Assert.Contains(daysOff, d => (string?)d!["date"] == "2026-02-16" && (string?)d["name"] == "Tết Nguyên đán");
        Assert.Equal(["2026-01-10", "2026-09-05"], body["makeUpWorkingDays"]!.AsArray().Select(d => (string?)d!["date"]));
    }

    [Fact]
    public async Task AYearWithoutAnAnnouncementSaysItIsComputed()
    {
        using var factory = Factory();
        using var client = Client(factory);

        var body = (await client.GetFromJsonAsync<JsonObject>("/api/admin/calendar?year=2027"))!;

        Assert.Equal("computed", (string?)body["status"]);
        Assert.Null((string?)body["source"]);
        Assert.Empty(body["makeUpWorkingDays"]!.AsArray());
        Assert.Contains(body["daysOff"]!.AsArray(), d => (string?)d!["name"] == "Tết Nguyên đán" && (string?)d["yearStatus"] == "computed");
    }

    [Fact]
    public async Task WithoutAYearTheCurrentYearIsListed()
    {
        using var factory = Factory("2025-03-01T09:00:00+07:00");
        using var client = Client(factory);

        var body = (await client.GetFromJsonAsync<JsonObject>("/api/admin/calendar"))!;

        Assert.Equal(2025, (int)body["year"]!);
    }

    [Theory]
    [InlineData("2026-02-16", false, "holiday", "Tết Nguyên đán")]
    [InlineData("2026-01-02", false, "swappedDayOff", "Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)")]
    [InlineData("2026-01-10", true, "makeUpWorkingDay", "Làm bù cho thứ Sáu 02/01/2026 (nghỉ hoán đổi dịp Tết Dương lịch)")]
    [InlineData("2026-12-06", false, "weekend", "Chủ nhật")]
    [InlineData("2026-12-01", true, "workingDay", "Ngày làm việc")]
    [InlineData("2019-09-03", true, "workingDay", "Ngày làm việc")]
    [InlineData("2021-09-03", false, "holiday", "Quốc khánh")]
    [InlineData("2023-01-20", false, "holiday", "Tết Nguyên đán")]
    public async Task ADayIsAnsweredWorkingOrNotAndWhy(string date, bool working, string kind, string name)
    {
        using var factory = Factory();
        using var client = Client(factory);

        var body = (await client.GetFromJsonAsync<JsonObject>($"/api/admin/calendar/{date}"))!;

        Assert.Equal(date, (string?)body["date"]);
        Assert.Equal((working, kind, name), ((bool)body["working"]!, (string?)body["kind"], (string?)body["name"]));
    }

    [Theory]
    [InlineData("/api/admin/calendar?year=abc")]
    [InlineData("/api/admin/calendar?year=1999")]
    [InlineData("/api/admin/calendar?year=2101")]
    [InlineData("/api/admin/calendar?year=-5")]
    [InlineData("/api/admin/calendar?year=")]
    [InlineData("/api/admin/calendar/2026-02-30")]
    [InlineData("/api/admin/calendar/16-02-2026")]
    [InlineData("/api/admin/calendar/tomorrow")]
    [InlineData("/api/admin/calendar/1999-12-31")]
    public async Task BadYearsAndDatesAreProblemDetails(string url)
    {
        using var factory = Factory();
        using var client = Client(factory);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Invalid calendar query", (string?)body["title"]);
    }

    [Fact]
    public async Task TheCalendarNeedsTheApiKey()
    {
        using var factory = Factory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/admin/calendar?year=2026");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task HealthzIsDegradedNamingTheNextYearWithoutAnnouncement()
    {
        using var factory = Factory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("degraded", (string?)body["status"]);
        Assert.Equal("degraded", (string?)body["checks"]!["calendar"]!["status"]);
        Assert.Contains("2027", (string?)body["checks"]!["calendar"]!["description"], StringComparison.Ordinal);
        Assert.DoesNotContain("2026", (string?)body["checks"]!["calendar"]!["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthzCalendarIsHealthyWhenThisYearAndNextAreAnnounced()
    {
        using var factory = Factory("2025-06-01T09:00:00+07:00");
        using var client = factory.CreateClient();

        var body = JsonNode.Parse(await client.GetStringAsync("/healthz"))!;

        Assert.Equal("healthy", (string?)body["checks"]!["calendar"]!["status"]);
    }

    [Fact]
    public async Task StartUpWarnsAboutTheNextYearWithoutAnnouncement()
    {
        var logs = new RecordingLoggerProvider();
        using var factory = Factory(logs: logs);
        using var client = factory.CreateClient();

        var warnings = logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Category.EndsWith("CalendarAnnouncementWarning", StringComparison.Ordinal)).ToList();

        var warning = Assert.Single(warnings);
        Assert.Contains("2027", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartUpDoesNotWarnWhenThisYearAndNextAreAnnounced()
    {
        var logs = new RecordingLoggerProvider();
        using var factory = Factory("2025-06-01T09:00:00+07:00", logs);
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.DoesNotContain(logs.Entries, e => e.Category.EndsWith("CalendarAnnouncementWarning", StringComparison.Ordinal));
    }
}
