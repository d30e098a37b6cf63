using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReformBot.Plans;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.PlanDrafts;

public sealed class PlanDraftEndpointsTests
{
    private static ReformBotFactory Factory() => new();

    private static string FileName(AppendixFiles.Variant variant) => variant.Excel ? "phu-luc.xlsx" : "phu-luc.docx";

    private static IReadOnlyList<string> Names(PlanFile plan, IEnumerable<string> codes) =>
        [.. codes.Select(c => plan.Units.Single(u => u.Code == c).Name)];

    private static void AssertSameTasks(PlanFile expected, PlanFile actual, bool scores)
    {
        Assert.Equal(expected.Tasks.Select(t => t.Ref), actual.Tasks.Select(t => t.Ref));
        foreach (var (e, a) in expected.Tasks.Zip(actual.Tasks))
        {
            Assert.Equal(e.Title, a.Title);
            Assert.Equal(Names(expected, e.Lead), Names(actual, a.Lead));
            Assert.Equal(Names(expected, e.Coordinating).Order(), Names(actual, a.Coordinating).Order());
            Assert.Equal((e.Deadline.Kind, e.Deadline.Date, e.Deadline.Until, e.Deadline.Year, e.Deadline.CheckIn), (a.Deadline.Kind, a.Deadline.Date, a.Deadline.Until, a.Deadline.Year, a.Deadline.CheckIn));
            Assert.Equal(e.Field, a.Field);
            if (scores)
            {
                Assert.Equal(e.Score, a.Score);
                Assert.Equal(e.Criterion, a.Criterion);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AppendixFiles.Cases), MemberType = typeof(AppendixFiles))]
    public async Task AppendixOfAPlanNeverStoredDraftsEveryTaskAndLoads(string fixture, string variantName)
    {
        var variant = AppendixFiles.Named(variantName);
        var original = AppendixFiles.Plan(fixture);
        using var factory = Factory();
        using var client = factory.CreateClient();

        using var response = await DraftClient.DraftAsync(client, AppendixFiles.Build(original, variant), FileName(variant), AppendixFiles.Directory(original));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True((bool)body["valid"]!, body.ToJsonString());
        var draft = PlanFileReader.Read(System.Text.Encoding.UTF8.GetBytes(body["draft"]!.ToJsonString())).Plan!;
        Assert.Equal(original.Plan.Code, draft.Plan.Code);
        Assert.Equal(original.Plan.Title, draft.Plan.Title);
        AssertSameTasks(original, draft, variant.Columns.Any(c => c.Col is AppendixFiles.Col.ScorePair or AppendixFiles.Col.ScoreMax));
        var cells = (int)body["cells"]!;
        var warned = (int)body["cellsWithWarnings"]!;
        Assert.True(cells > original.Tasks.Count * 3, $"{cells} cells read");
        Assert.True(warned <= cells * 0.05, body["warnings"]!.ToJsonString());

        using var load = await DraftClient.LoadAsync(client, body["draft"]!);
        Assert.Equal(HttpStatusCode.Created, load.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Fixtures.PlanFiles), MemberType = typeof(Fixtures))]
    public async Task AppendixExportDraftsBackIntoTheSamePlan(string fixture)
    {
        using var factory = Factory();
        using var client = factory.CreateClient();
        using var stored = await client.PostAsync("/api/admin/plans", new ByteArrayContent(Fixtures.PlanBytes(fixture)));
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        var code = AppendixFiles.Plan(fixture).Plan.Code;
        var exported = await client.GetStringAsync($"/api/admin/plans/{Uri.EscapeDataString(code)}");

        var appendix = await client.GetByteArrayAsync($"/api/admin/plans/{Uri.EscapeDataString(code)}/appendix.xlsx");
        using var response = await DraftClient.DraftAsync(client, appendix, "appendix.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Empty(body["warnings"]!.AsArray());
        Assert.Equal(exported, PlanFileWriter.WriteString(PlanFileReader.Read(System.Text.Encoding.UTF8.GetBytes(body["draft"]!.ToJsonString())).Plan!));
        using var load = await DraftClient.LoadAsync(client, body["draft"]!);
        Assert.Equal(HttpStatusCode.OK, load.StatusCode);
        Assert.True((bool)(await load.Content.ReadFromJsonAsync<JsonObject>())!["unchanged"]!);
    }

    [Fact]
    public async Task UnknownUnitsDeadlinesAndDuplicateRefsAreWarnedAtTheirCells()
    {
        var original = AppendixFiles.Plan("lapvo-104-2024.json");
        var broken = original with
        {
            Tasks =
            [
                original.Tasks[0] with { Lead = ["LV-PNV"], Coordinating = [] , DeadlineText = "Khi có yêu cầu" },
                original.Tasks[1] with { Ref = original.Tasks[0].Ref },
            ],
            Units = [.. original.Units, new UnitEntry("LV-PKT", "Phòng Kinh tế và Hạ tầng", "LV")],
        };
        broken = broken with { Tasks = [broken.Tasks[0] with { Coordinating = ["LV-PKT"] }, broken.Tasks[1]] };
        using var factory = Factory();
        using var client = factory.CreateClient();

        using var response = await DraftClient.DraftAsync(client, AppendixFiles.Build(broken, AppendixFiles.Par), "phu-luc.docx", AppendixFiles.Directory(original));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var warnings = (await response.Content.ReadFromJsonAsync<JsonObject>())!["warnings"]!.AsArray().Select(w => w!.AsObject()).ToList();
        var unit = Assert.Single(warnings, w => (string)w["code"]! == "unit-not-found");
        Assert.Equal("Phối hợp thực hiện", (string)unit["column"]!);
        Assert.Equal("row 3, column 5", (string)unit["cell"]!);
        Assert.Contains("Phòng Kinh tế và Hạ tầng", (string)unit["message"]!);
        var deadline = Assert.Single(warnings, w => (string)w["code"]! == "deadline-not-understood");
        Assert.Equal("row 3, column 6", (string)deadline["cell"]!);
        var duplicate = Assert.Single(warnings, w => (string)w["code"]! == "duplicate-ref");
        Assert.Equal(5, (int)duplicate["row"]!);
    }
}
