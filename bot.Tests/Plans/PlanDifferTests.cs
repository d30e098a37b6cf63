using System.Text.Json.Nodes;
using ReformBot.Plans;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Plans;

public sealed class PlanDifferTests
{
    private const string LapVo = "lapvo-104-2024.json";

    [Fact]
    public void SamePlanHasNoChanges()
    {
        Assert.True(Diff(_ => { }).IsEmpty);
    }

    [Fact]
    public void MovedDeadlineShowsOldAndNewDate()
    {
        var diff = Diff(p => PlanJson.Task(p, "2.b")["deadline"] = "2024-12-20");

        var change = Assert.Single(Assert.Single(diff.Tasks.Changed).Changes);
        Assert.Equal(new FieldChange("deadline", "2024-11-30", "2024-12-20", null, null), change);
    }

    [Fact]
    public void DeadlineKindChangeIsReadable()
    {
        var diff = Diff(p => PlanJson.Task(p, "2.b")["deadline"] = new JsonObject { ["kind"] = "ongoing", ["until"] = "2025-06-30", ["checkIn"] = "weekly" });

        var change = Assert.Single(Assert.Single(diff.Tasks.Changed).Changes);
        Assert.Equal(("2024-11-30", "ongoing until 2025-06-30, check-in weekly"), (change.Old, change.New));
    }

    [Fact]
    public void AssigneesAddedAndRemovedAreListed()
    {
        var diff = Diff(p => PlanJson.Task(p, "1.1")["assignees"] = new JsonArray("lv.pnv.cv2", "lv.vp.cv1"));

        var change = Assert.Single(Assert.Single(diff.Tasks.Changed).Changes);
        Assert.Equal("assignees", change.Field);
        Assert.Equal(["lv.pnv.cv2", "lv.vp.cv1"], change.Added);
        Assert.Equal(["lv.pnv.cv1"], change.Removed);
    }

    [Fact]
    public void ReorderingAListIsNotAChange()
    {
        var diff = Diff(p => PlanJson.Task(p, "2.a")["coordinating"] = new JsonArray("LV-TT", "LV-XA-BT"));

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void NamingTheUnitHeadsExplicitlyIsNotAChange()
    {
        var diff = Diff(p => PlanJson.Task(p, "6.d")["assignees"] = new JsonArray("lv.xa.ct", "lv.tt.ct"));

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void NewLeadUnitChangesWhoAnswersForATaskWithoutAssignees()
    {
        var diff = Diff(p => PlanJson.Task(p, "6.d")["lead"] = new JsonArray("LV-XA-BT"));

        var changes = Assert.Single(diff.Tasks.Changed).Changes;
        Assert.Equal(["lead", "assignees"], changes.Select(c => c.Field));
        Assert.Equal(["lv.tt.ct"], changes[1].Removed);
    }

    [Fact]
    public void AddedAndRemovedEntriesAreListedByKey()
    {
        var diff = Diff(p =>
        {
            p["tasks"]!.AsArray().Remove(PlanJson.Task(p, "3.b"));
            p["units"]!.AsArray().Add(new JsonObject { ["code"] = "LV-PKT", ["name"] = "Phòng Kinh tế", ["parent"] = "LV" });
            p["officers"]!.AsArray().Add(new JsonObject { ["id"] = "lv.pkt.tp", ["name"] = "Trưởng phòng Kinh tế", ["unit"] = "LV-PKT", ["roles"] = new JsonArray("unitHead") });
        });

        Assert.Equal(["3.b"], diff.Tasks.Removed);
        Assert.Equal(["LV-PKT"], diff.Units.Added);
        Assert.Equal(["lv.pkt.tp"], diff.Officers.Added);
        Assert.Empty(diff.Tasks.Added);
    }

    [Fact]
    public void HeaderUnitOfficerAndReportFieldsAreCompared()
    {
        var diff = Diff(p =>
        {
            p["plan"]!["title"] = "Kế hoạch sửa đổi";
            p["units"]![1]!["name"] = "Phòng Nội vụ huyện";
            p["officers"]![1]!["roles"] = new JsonArray("officer", "coordinator");
            p["reports"]![0]!["dueDay"] = 5;
        });

        Assert.Equal("title", Assert.Single(diff.Plan).Field);
        Assert.Equal(new FieldChange("name", "Phòng Nội vụ", "Phòng Nội vụ huyện", null, null), Assert.Single(Assert.Single(diff.Units.Changed).Changes));
        Assert.Equal(["coordinator"], Assert.Single(Assert.Single(diff.Officers.Changed).Changes).Added);
        Assert.Equal(new FieldChange("dueDay", "2", "5", null, null), Assert.Single(Assert.Single(diff.Reports.Changed).Changes));
    }

    [Fact]
    public void ScoreWrittenWithMoreDigitsIsTheSameScore()
    {
        var diff = Diff(p => PlanJson.Task(p, "2.a")["score"] = new JsonObject { ["current"] = 4.940, ["max"] = 5 });

        Assert.True(diff.IsEmpty);
    }

    private static PlanDiff Diff(Action<JsonObject> revise)
    {
        var revised = PlanJson.Load(LapVo);
        revise(revised);
        var before = PlanFileReader.Read(Fixtures.PlanBytes(LapVo));
        var after = PlanFileReader.Read(PlanJson.Bytes(revised));
        Assert.Empty(after.Errors);
        return PlanDiffer.Compare(before.Plan!, after.Plan!);
    }
}
