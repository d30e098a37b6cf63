using System.Text.Json.Nodes;
using ReformBot.Plans;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Plans;

public sealed class PlanFileWriterTests
{
    private const string LapVo = "lapvo-104-2024.json";

    [Theory]
    [MemberData(nameof(Fixtures.PlanFiles), MemberType = typeof(Fixtures))]
    public void WrittenFileReadsBackAsTheSamePlan(string fixture)
    {
        var plan = PlanFileReader.Read(Fixtures.PlanBytes(fixture)).Plan!;

        var again = PlanFileReader.Read(PlanFileWriter.Write(plan));

        Assert.Empty(again.Errors);
        Assert.True(PlanDiffer.Compare(plan, again.Plan!).IsEmpty);
        Assert.Equal(PlanFileWriter.WriteString(plan), PlanFileWriter.WriteString(again.Plan!));
    }

    [Theory]
    [MemberData(nameof(Fixtures.PlanFiles), MemberType = typeof(Fixtures))]
    public void WrittenFileKeepsEveryValueOfTheOriginal(string fixture)
    {
        var original = JsonNode.Parse(Fixtures.PlanText(fixture))!;
        var written = JsonNode.Parse(PlanFileWriter.Write(PlanFileReader.Read(Fixtures.PlanBytes(fixture)).Plan!))!;

        // The canonical form only leaves out empty optional lists; everything else is as the coordinator wrote it.
        Assert.True(JsonNode.DeepEquals(WithoutEmptyLists(original), written));
    }

    [Fact]
    public void VietnameseIsWrittenAsIs()
    {
        var text = PlanFileWriter.WriteString(PlanFileReader.Read(Fixtures.PlanBytes(LapVo)).Plan!);

        Assert.Contains("Phòng Nội vụ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyAssigneeListIsKeptApartFromAMissingOne()
    {
        var plan = PlanJson.Load(LapVo);
        PlanJson.Task(plan, "2.b")["assignees"] = new JsonArray();
        PlanJson.Task(plan, "2.c").Remove("assignees");

        var written = JsonNode.Parse(PlanFileWriter.Write(PlanFileReader.Read(PlanJson.Bytes(plan)).Plan!))!;

        Assert.Empty(PlanJson.Task(written.AsObject(), "2.b")["assignees"]!.AsArray());
        Assert.False(PlanJson.Task(written.AsObject(), "2.c").ContainsKey("assignees"));
    }

    /// <summary>Removes empty optional lists (except assignees, where empty means something), as the canonical form does.</summary>
    private static JsonNode WithoutEmptyLists(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj.ToList())
            {
                if (value is JsonArray { Count: 0 } && name is not ("assignees" or "units" or "tasks"))
                {
                    obj.Remove(name);
                }
                else if (value is not null)
                {
                    WithoutEmptyLists(value);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array.OfType<JsonNode>())
            {
                WithoutEmptyLists(item);
            }
        }

        return node;
    }
}
