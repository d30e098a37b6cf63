using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReformBot.Calendar;
using ReformBot.Tests.Infrastructure;
using static ReformBot.Tests.Calendar.CalendarTestDates;

namespace ReformBot.Tests.Calendar;

public sealed class CalendarOverridesTests
{
    [Theory]
    [InlineData("not json", "$ (line 1)", "Not valid JSON")]
    [InlineData("[]", "$", "Expected an object")]
    [InlineData("{}", "$.years", "Required")]
    [InlineData("""{"years":[{"year":1999}]}""", "$.years[0].year", "between 2000 and 2100")]
    [InlineData("""{"years":[{"year":"2024"}]}""", "$.years[0].year", "Required")]
    [InlineData("""{"years":[{"year":2024,"tet":{"from":"2024-02-30","to":"2024-02-14"}}]}""", "$.years[0].tet.from", "yyyy-MM-dd")]
    [InlineData("""{"years":[{"year":2024,"tet":{"from":"08/02/2024","to":"2024-02-14"}}]}""", "$.years[0].tet.from", "yyyy-MM-dd")]
    [InlineData("""{"years":[{"year":2024,"tet":{"from":"2024-02-14","to":"2024-02-08"}}]}""", "$.years[0].tet.to", "before")]
    [InlineData("""{"years":[{"year":2024,"tet":{"from":"2024-03-01","to":"2024-03-05"}}]}""", "$.years[0].tet", "2024-02-10")]
    [InlineData("""{"years":[{"year":2024,"tet":{"from":"2024-02-08"}}]}""", "$.years[0].tet.to", "Required")]
    [InlineData("""{"years":[{"year":2024,"nationalDay":{"from":"2024-09-03","to":"2024-09-04"}}]}""", "$.years[0].nationalDay", "2024-09-02")]
    [InlineData("""{"years":[{"year":2024,"daysOff":[{"date":"2024-05-04","name":"x"}]}]}""", "$.years[0].daysOff[0].date", "Saturday")]
    [InlineData("""{"years":[{"year":2024,"daysOff":[{"date":"2024-05-06"}]}]}""", "$.years[0].daysOff[0].name", "Required")]
    [InlineData("""{"years":[{"year":2024,"workingDays":["2024-05-06"]}]}""", "$.years[0].workingDays[0]", "only a Saturday or Sunday")]
    [InlineData("""{"years":[{"year":2024,"workingDays":["2025-05-03"]}]}""", "$.years[0].workingDays[0]", "not in 2024")]
    [InlineData("""{"years":[{"year":2024,"tets":{}}]}""", "$.years[0].tets", "Unknown property")]
    [InlineData("""{"years":[{"year":2024},{"year":2024}]}""", "$.years[1].year", "twice")]
    [InlineData("""{"years":[{"year":2024,"source":""}]}""", "$.years[0].source", "non-empty")]
    public void InvalidFilesReportThePathAndTheProblem(string json, string path, string message)
    {
        var e = Assert.Throws<CalendarOverridesException>(() => CalendarOverrides.Parse(json, "test.json"));
        Assert.Contains(e.Errors, x => x.Path == path && x.Message.Contains(message, StringComparison.Ordinal));
        Assert.Contains("test.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllProblemsAreReportedAtOnce()
    {
        const string json = """{"years":[{"year":2024,"workingDays":["2024-05-06"],"daysOff":[{"date":"x","name":"y"}]}]}""";
        var e = Assert.Throws<CalendarOverridesException>(() => CalendarOverrides.Parse(json));
        Assert.Equal(["$.years[0].daysOff[0].date", "$.years[0].workingDays[0]"], e.Errors.Select(x => x.Path).Order());
    }

    [Fact]
    public void TheBuiltInFileHasTheConfirmedYearsWithTheirSources()
    {
        Assert.Equal(Enumerable.Range(2019, 8), CalendarOverrides.BuiltIn.Years.Select(y => y.Year).Order());
        Assert.All(CalendarOverrides.BuiltIn.Years, y => Assert.Matches(@"(TB-LĐTBXH|VPCP-KGVX|Bộ Nội vụ)", y.Source));
    }

    [Fact]
    public void AUserFileIsLaidOverTheBuiltInOne()
    {
        using var dir = new TemporaryDirectory();
        var path = Path.Combine(dir.Path, "overrides.json");
        File.WriteAllText(path, """
            {
              "years": [
                { "year": 2024, "daysOff": [ { "date": "2024-12-16", "name": "Nghỉ đặc biệt" } ] },
                { "year": 2026, "source": "test", "tet": { "from": "2026-02-14", "to": "2026-02-22" } }
              ]
            }
            """);
        var calendar = new WorkingCalendar(CalendarOverrides.Load(path));

        Assert.Equal("Nghỉ đặc biệt", calendar.DayOffOn(D("2024-12-16"))?.Name);
        Assert.True(calendar.IsWorkingDay(D("2024-05-04"))); // the built-in 2024 swap is kept
        Assert.True(calendar.IsDayOff(D("2024-02-08")));
        Assert.Equal(
            ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"],
            calendar.DaysOffIn(2026).Where(d => d.Date.Month == 2).Select(d => d.Date.ToString("yyyy-MM-dd", null)));
    }

    [Fact]
    public void AMissingFileIsAnOverridesError()
    {
        using var dir = new TemporaryDirectory();
        Assert.Throws<CalendarOverridesException>(() => CalendarOverrides.Load(Path.Combine(dir.Path, "missing.json")));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("missing.json", false)]
    [InlineData("bad.json", false)]
    [InlineData("good.json", true)]
    public void OverridesPathIsValidatedAtStartUp(string? file, bool valid)
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(dir.Path, "bad.json"), """{"years":[{"year":1}]}""");
        File.WriteAllText(Path.Combine(dir.Path, "good.json"), """{"years":[]}""");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Calendar:OverridesPath"] = file is null ? null : Path.Combine(dir.Path, file) })
            .Build();
        using var services = new ServiceCollection().AddCalendar(configuration).BuildServiceProvider();

        if (valid)
        {
            Assert.True(services.GetRequiredService<WorkingCalendar>().IsWorkingDay(D("2024-05-04")));
        }
        else
        {
            var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CalendarOptions>>().Value);
            Assert.Contains("Calendar:OverridesPath", e.Message, StringComparison.Ordinal);
        }
    }
}
