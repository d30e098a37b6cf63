using System.Text;
using System.Text.Json.Nodes;
using ReformBot.Plans;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Plans;

public sealed class PlanFileReaderTests
{
    private const string LapVo = "lapvo-104-2024.json";

    [Theory]
    [MemberData(nameof(Fixtures.PlanFiles), MemberType = typeof(Fixtures))]
    public void EveryFixtureLoadsWithoutErrors(string fixture)
    {
        var result = PlanFileReader.Read(Fixtures.PlanBytes(fixture));

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Plan);
        Assert.NotEmpty(result.Plan.Tasks);
    }

    [Fact]
    public void ReadsEveryFieldOfATask()
    {
        var plan = PlanFileReader.Read(Fixtures.PlanBytes(LapVo)).Plan!;

        Assert.Equal("104/KH-UBND", plan.Plan.Code);
        Assert.Equal(new DateOnly(2024, 3, 22), plan.Plan.IssuedOn);
        Assert.Equal([ReformIndex.ParIndex, ReformIndex.Sipas], plan.Plan.Indices);
        var task = plan.Tasks.Single(t => t.Ref == "2.a");
        Assert.Equal(ReformIndex.ParIndex, task.Index);
        Assert.Equal(new Score(4.94m, 5.0m), task.Score);
        Assert.Equal(["LV-VP"], task.Lead);
        Assert.Equal(["LV-XA-BT", "LV-TT"], task.Coordinating);
        Assert.Equal(["lv.vp.cv1"], task.Assignees);
        Assert.Equal(new Deadline(DeadlineKind.Year, null, null, 2024, CheckInCadence.Monthly), task.Deadline);
        Assert.Equal(Deadline.On(new DateOnly(2024, 11, 30)), plan.Tasks.Single(t => t.Ref == "2.b").Deadline);
    }

    [Fact]
    public void AcceptsAByteOrderMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Fixtures.PlanBytes(LapVo)).ToArray();

        Assert.True(PlanFileReader.Read(bytes).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"format\": ")]
    [InlineData("<plan/>")]
    public void TextThatIsNotJsonIsOneErrorAtTheRoot(string text)
    {
        var result = PlanFileReader.Read(Encoding.UTF8.GetBytes(text));

        var error = Assert.Single(result.Errors);
        Assert.Equal("$", error.Path);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Plan);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("null")]
    public void JsonThatIsNotAnObjectIsRejected(string text)
    {
        var error = Assert.Single(PlanFileReader.Read(Encoding.UTF8.GetBytes(text)).Errors);

        Assert.Equal("$", error.Path);
    }

    public static TheoryData<string, Action<JsonObject>, string> BrokenFiles => new()
    {
        { "wrong format", p => p["format"] = "reformbot.plan/v2", "$.format" },
        { "unknown root field", p => p["comment"] = "x", "$.comment" },
        { "unknown task field", p => Task(p, "2.a")["owner"] = "x", "$.tasks[1].owner" },
        { "missing plan code", p => p["plan"]!.AsObject().Remove("code"), "$.plan.code" },
        { "empty title", p => p["plan"]!["title"] = " ", "$.plan.title" },
        { "year as text", p => p["plan"]!["year"] = "2024", "$.plan.year" },
        { "year out of range", p => p["plan"]!["year"] = 1999, "$.plan.year" },
        { "impossible issue date", p => p["plan"]!["issuedOn"] = "2024-02-30", "$.plan.issuedOn" },
        { "date in the wrong form", p => p["plan"]!["issuedOn"] = "22/03/2024", "$.plan.issuedOn" },
        { "unknown index", p => p["plan"]!["indices"] = new JsonArray("PAR_INDEX", "HDI"), "$.plan.indices[1]" },
        { "repeated index", p => p["plan"]!["indices"] = new JsonArray("PAR_INDEX", "PAR_INDEX"), "$.plan.indices[1]" },
        { "unknown coordinator unit", p => p["plan"]!["coordinator"] = "LV-XYZ", "$.plan.coordinator" },
        { "no units", p => p["units"] = new JsonArray(), "$.units" },
        { "duplicate unit code", p => p["units"]![2]!["code"] = "LV-PNV", "$.units[2].code" },
        { "unit code with a space", p => p["units"]![1]!["code"] = "LV PNV", "$.units[1].code" },
        { "unknown parent", p => p["units"]![1]!["parent"] = "NOWHERE", "$.units[1].parent" },
        { "own parent", p => p["units"]![1]!["parent"] = "LV-PNV", "$.units[1].parent" },
        { "parent cycle", p => p["units"]![0]!["parent"] = "LV-PNV", "$.units[0].parent" },
        { "duplicate officer id", p => p["officers"]![2]!["id"] = "lv.pnv.cv1", "$.officers[2].id" },
        { "officer id with capitals", p => p["officers"]![1]!["id"] = "LV.PNV", "$.officers[1].id" },
        { "officer in unknown unit", p => p["officers"]![1]!["unit"] = "LV-XYZ", "$.officers[1].unit" },
        { "officer without roles", p => p["officers"]![1]!["roles"] = new JsonArray(), "$.officers[1].roles" },
        { "unknown role", p => p["officers"]![1]!["roles"] = new JsonArray("boss"), "$.officers[1].roles[0]" },
        { "bad e-mail", p => p["officers"]![1]!["email"] = "cv1 at lapvo", "$.officers[1].email" },
        { "bad phone", p => p["officers"]![1]!["phone"] = "090-000", "$.officers[1].phone" },
        { "unknown channel", p => p["officers"]![1]!["accounts"] = new JsonArray(Account("skype", "u1")), "$.officers[1].accounts[0].channel" },
        {
            "account given twice",
            p =>
            {
                p["officers"]![1]!["accounts"] = new JsonArray(Account("zalo", "z1"));
                p["officers"]![2]!["accounts"] = new JsonArray(Account("zalo", "z1"));
            },
            "$.officers[2].accounts[0]"
        },
        { "duplicate task ref", p => Task(p, "2.b")["ref"] = "2.a", "$.tasks[2].ref" },
        { "task without lead", p => Task(p, "2.a")["lead"] = new JsonArray(), "$.tasks[1].lead" },
        { "unknown lead unit", p => Task(p, "2.a")["lead"] = new JsonArray("LV-XYZ"), "$.tasks[1].lead[0]" },
        { "unknown coordinating unit", p => Task(p, "2.a")["coordinating"] = new JsonArray("LV-TT", "LV-XYZ"), "$.tasks[1].coordinating[1]" },
        { "score above max", p => Task(p, "2.a")["score"] = new JsonObject { ["current"] = 6, ["max"] = 5 }, "$.tasks[1].score.current" },
        { "negative score", p => Task(p, "2.a")["score"] = new JsonObject { ["current"] = -1, ["max"] = 5 }, "$.tasks[1].score.current" },
        { "zero max", p => Task(p, "2.a")["score"] = new JsonObject { ["current"] = 0, ["max"] = 0 }, "$.tasks[1].score.max" },
        { "score as text", p => Task(p, "2.a")["score"] = new JsonObject { ["current"] = "4", ["max"] = 5 }, "$.tasks[1].score.current" },
        { "unknown assignee", p => Task(p, "2.a")["assignees"] = new JsonArray("lv.nobody"), "$.tasks[1].assignees[0]" },
        { "assignee outside the task's units", p => Task(p, "2.a")["assignees"] = new JsonArray("lv.ptckh.cv1"), "$.tasks[1].assignees[0]" },
        { "assignee twice", p => Task(p, "2.a")["assignees"] = new JsonArray("lv.vp.cv1", "lv.vp.cv1"), "$.tasks[1].assignees[1]" },
        { "impossible deadline", p => Task(p, "2.b")["deadline"] = "2024-11-31", "$.tasks[2].deadline" },
        { "deadline as a number", p => Task(p, "2.b")["deadline"] = 20241130, "$.tasks[2].deadline" },
        { "unknown deadline kind", p => Task(p, "2.b")["deadline"] = new JsonObject { ["kind"] = "someday" }, "$.tasks[2].deadline.kind" },
        { "until on a year deadline", p => Task(p, "2.a")["deadline"] = new JsonObject { ["kind"] = "year", ["until"] = "2024-06-30" }, "$.tasks[1].deadline.until" },
        { "year on an ongoing deadline", p => Task(p, "2.a")["deadline"] = new JsonObject { ["kind"] = "ongoing", ["year"] = 2024 }, "$.tasks[1].deadline.year" },
        { "unknown check-in", p => Task(p, "2.a")["deadline"] = new JsonObject { ["kind"] = "ongoing", ["checkIn"] = "daily" }, "$.tasks[1].deadline.checkIn" },
        { "evidenceRequired as text", p => Task(p, "2.a")["evidenceRequired"] = "yes", "$.tasks[1].evidenceRequired" },
        { "report without submitters", p => p["reports"]![0]!["submitters"] = new JsonArray(), "$.reports[0].submitters" },
        { "unknown submitter", p => p["reports"]![0]!["submitters"] = new JsonArray("LV-XYZ"), "$.reports[0].submitters[0]" },
        { "unknown recipient", p => p["reports"]![0]!["recipient"] = "LV-XYZ", "$.reports[0].recipient" },
        { "duplicate report code", p => p["reports"]![1]!["code"] = (string?)p["reports"]![0]!["code"], "$.reports[1].code" },
        { "due day 32", p => p["reports"]![0]!["dueDay"] = 32, "$.reports[0].dueDay" },
        { "due day 2.5", p => p["reports"]![0]!["dueDay"] = 2.5, "$.reports[0].dueDay" },
        { "unknown cadence", p => p["reports"]![0]!["cadence"] = "weekly", "$.reports[0].cadence" },
        { "unknown window", p => p["reports"]![0]!["window"] = "last-week", "$.reports[0].window" },
        { "dueMonths on a monthly report", p => p["reports"]![0]!["dueMonths"] = new JsonArray(3, 6), "$.reports[0].dueMonths" },
        { "yearly report without dueMonth", p => p["reports"]![0]!["cadence"] = "yearly", "$.reports[0].dueMonth" },
        { "dueMonth on a monthly report", p => p["reports"]![0]!["dueMonth"] = 12, "$.reports[0].dueMonth" },
    };

    /// <summary>A required field left out used to reach the meaning checks as a null and throw (a 500 at the admin API).</summary>
    public static TheoryData<string, string> RequiredFields => new()
    {
        { "$.plan", "year" },
        { "$.plan", "issuer" },
        { "$.units[0]", "code" },
        { "$.units[1]", "name" },
        { "$.officers[0]", "id" },
        { "$.officers[0]", "unit" },
        { "$.officers[0]", "roles" },
        { "$.tasks[0]", "ref" },
        { "$.tasks[0]", "lead" },
        { "$.reports[0]", "code" },
        { "$.reports[0]", "submitters" },
        { "$.reports[0]", "recipient" },
    };

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public void PlanFileWithoutARequiredFieldIsRefusedAtThatFieldsPath(string owner, string field)
    {
        var plan = PlanJson.Load(LapVo);
        var parts = owner[2..].Split('[', ']', '.').Where(p => p.Length > 0).ToArray();
        JsonNode node = plan;
        foreach (var part in parts)
        {
            node = int.TryParse(part, System.Globalization.CultureInfo.InvariantCulture, out var i) ? node[i]! : node[part]!;
        }

        Assert.True(node.AsObject().Remove(field), $"the fixture has {owner}.{field}");

        var result = PlanFileReader.Read(PlanJson.Bytes(plan));

        Assert.Null(result.Plan);
        Assert.Contains(result.Errors, e => e.Path == $"{owner}.{field}");
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void EachKindOfMistakeIsReportedAtItsPath(string mistake, Action<JsonObject> breakIt, string path)
    {
        var plan = PlanJson.Load(LapVo);
        breakIt(plan);

        var result = PlanFileReader.Read(PlanJson.Bytes(plan));

        Assert.False(result.IsValid, mistake);
        Assert.Null(result.Plan);
        Assert.Contains(result.Errors, e => e.Path == path);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void EveryErrorInTheFileIsReportedInOnePass()
    {
        var plan = PlanJson.Load(LapVo);
        plan["plan"]!["year"] = "năm 2024";
        Task(plan, "2.a")["assignees"] = new JsonArray("lv.nobody");
        Task(plan, "2.b")["deadline"] = "2024-13-01";
        plan["reports"]![0]!["submitters"] = new JsonArray();
        plan["units"]![1]!["oops"] = true;

        var paths = PlanFileReader.Read(PlanJson.Bytes(plan)).Errors.Select(e => e.Path).ToList();

        Assert.Equal(
            ["$.plan.year", "$.reports[0].submitters", "$.tasks[1].assignees[0]", "$.tasks[2].deadline", "$.units[1].oops"],
            paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RepeatedFieldIsAnError()
    {
        var text = Fixtures.PlanText(LapVo).Replace("\"year\": 2024,", "\"year\": 2024, \"year\": 2025,", StringComparison.Ordinal);

        var result = PlanFileReader.Read(Encoding.UTF8.GetBytes(text));

        Assert.Contains(result.Errors, e => e.Path == "$.plan.year" && e.Message.Contains("more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void CycleIsReportedOnceWithItsUnits()
    {
        var plan = PlanJson.Load(LapVo);
        plan["units"]![0]!["parent"] = "LV-PNV";

        var cycles = PlanFileReader.Read(PlanJson.Bytes(plan)).Errors.Where(e => e.Message.Contains("cycle", StringComparison.Ordinal)).ToList();

        Assert.Equal("Unit parents form a cycle: LV → LV-PNV → LV.", Assert.Single(cycles).Message);
    }

    [Fact]
    public void AssigneeInAUnitBelowALeadUnitIsAccepted()
    {
        var plan = PlanJson.Load(LapVo);
        Task(plan, "2.a")["lead"] = new JsonArray("LV");
        Task(plan, "2.a")["assignees"] = new JsonArray("lv.ptckh.cv1");

        Assert.True(PlanFileReader.Read(PlanJson.Bytes(plan)).IsValid);
    }

    [Fact]
    public void YearDeadlineWithoutAYearTakesThePlanYear()
    {
        var plan = PlanJson.Load(LapVo);
        Task(plan, "2.a")["deadline"] = new JsonObject { ["kind"] = "year" };

        var task = PlanFileReader.Read(PlanJson.Bytes(plan)).Plan!.Tasks.Single(t => t.Ref == "2.a");

        Assert.Equal(new DateOnly(2024, 12, 31), task.Deadline.ClosesOn);
    }

    [Fact]
    public void TaskNobodyAnswersForIsAWarningNotAnError()
    {
        var plan = PlanJson.Load(LapVo);
        Task(plan, "2.a").Remove("assignees");
        Task(plan, "2.a")["lead"] = new JsonArray("LV-TTTH");
        Task(plan, "2.b")["assignees"] = new JsonArray();

        var result = PlanFileReader.Read(PlanJson.Bytes(plan));

        Assert.True(result.IsValid);
        Assert.Contains(result.Warnings, w => w.Path == "$.tasks[1].lead");
        Assert.Contains(result.Warnings, w => w.Path == "$.tasks[2].assignees");
    }

    private static JsonObject Task(JsonObject plan, string taskRef) => PlanJson.Task(plan, taskRef);

    private static JsonObject Account(string channel, string id) => new() { ["channel"] = channel, ["id"] = id };

    /// <summary>A stream that gives at most <paramref name="block"/> bytes a read, as a slow upload does.</summary>
    private sealed class TricklingStream(byte[] bytes, int block) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, block));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, block)], cancellationToken);
    }

    private static async Task<PlanFileReadResult?> ReadInBlocksAsync(byte[] bytes, int block, long maxBytes = long.MaxValue)
    {
        using var stream = new TricklingStream(bytes, block);
        return await PlanFileReader.ReadAsync(stream, maxBytes, CancellationToken.None);
    }

    private static string Describe(PlanFileReadResult result) =>
        string.Join("\n", result.Errors.Select(e => $"error {e.Path}: {e.Message}").Concat(result.Warnings.Select(w => $"warning {w.Path}: {w.Message}")))
        + "\n" + (result.Plan is null ? "no plan" : PlanFileWriter.WriteString(result.Plan));

    public static TheoryData<string> StreamedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in Fixtures.PlanFileNames)
        {
            data.Add(Fixtures.PlanText(fixture));
        }

        var broken = PlanJson.Load(LapVo);
        broken["comment"] = "x";
        broken["plan"]!.AsObject().Remove("code");
        Task(broken, "2.a")["owner"] = "x";
        Task(broken, "2.b")["deadline"] = "2024-02-30";
        broken["officers"]![0]!["unit"] = "KHONG-CO";
        data.Add(broken.ToJsonString());
        data.Add("{\"units\": 3, \"tasks\": {}, \"format\": \"x\", \"reports\": [1, \"a\"]}");
        data.Add("{\"format\": \"reformbot.plan/v1\",\n  \"units\": [\n {\"code\": \"A\", \"name\": \"Đơn vị\"},\n  ]\n}");
        data.Add("{\"format\": \"reformbot.plan/v1\"} {}");
        data.Add("[1, 2]");
        return data;
    }

    [Theory]
    [MemberData(nameof(StreamedFiles))]
    public async Task ReadingAStreamInSmallBlocksGivesWhatReadingTheBytesGives(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = Describe(PlanFileReader.Read(bytes));

        foreach (var block in new[] { 1, 7, 4096 })
        {
            Assert.Equal(expected, Describe((await ReadInBlocksAsync(bytes, block))!));
        }
    }

    [Fact]
    public async Task ListsMayComeBeforeWhatTheyReferTo()
    {
        var plan = PlanJson.Load(LapVo);
        var reordered = new JsonObject();
        foreach (var name in new[] { "tasks", "reports", "officers", "units", "plan", "format" })
        {
            reordered[name] = plan[name]!.DeepClone();
        }

        var result = await ReadInBlocksAsync(Encoding.UTF8.GetBytes(reordered.ToJsonString()), 100);

        Assert.Empty(result!.Errors);
        Assert.Equal(PlanFileWriter.WriteString(PlanFileReader.Read(Fixtures.PlanBytes(LapVo)).Plan!), PlanFileWriter.WriteString(result.Plan!));
    }

    [Fact]
    public async Task AStreamLongerThanTheLimitIsNotRead()
    {
        var bytes = Fixtures.PlanBytes(LapVo);

        Assert.Null(await ReadInBlocksAsync(bytes, 1000, maxBytes: bytes.Length - 1));
        Assert.NotNull(await ReadInBlocksAsync(bytes, 1000, maxBytes: bytes.Length));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task BytesThatAreNotUtf8AnywhereInAStreamAreOneErrorAtTheRoot(int block)
    {
        var text = Fixtures.PlanBytes(LapVo);
        text[Array.LastIndexOf(text, (byte)0xC3) + 1] = 0x28; // a lead byte of a Vietnamese letter, no continuation byte

        var error = Assert.Single((await ReadInBlocksAsync(text, block))!.Errors);

        Assert.Equal(("$", "The file is not valid UTF-8; save it as UTF-8."), (error.Path, error.Message));
    }
}
