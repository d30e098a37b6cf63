using System.Text.Json.Nodes;
using ReformBot.Cards;
using ReformBot.Conversation;
using ReformBot.Delivery;
using ReformBot.Plans;

namespace ReformBot.Tests.Cards;

public sealed class CardFactoryTests
{
    private static readonly DateOnly Today = new(2024, 11, 25);

    private static JsonObject Render(CardContent content)
    {
        var card = CardAssert.Renderer.Render(content);
        CardAssert.IsSendable(card);
        return card;
    }

    [Fact]
    public void TaskReminderShowsTheTaskAndCarriesItsIdsOnEveryButton()
    {
        var card = Render(TaskReminderCard.Create(CardSamples.Plan(), CardSamples.Task(), Today));
        var texts = CardAssert.Texts(card).ToList();
        Assert.Contains("Hạn 30/11/2024: còn 5 ngày", texts);
        Assert.Contains("0,40/0,50 điểm", texts);
        Assert.Contains("Chưa thực hiện (0%)", texts);
        Assert.Equal(["task.done", "task.update", "task.snooze", "task.extend"], CardAssert.Verbs(card));
        foreach (var action in CardAssert.Actions(card, "Action.Execute"))
        {
            Assert.Equal("104/KH-UBND", (string?)action["data"]!["planCode"]);
            Assert.Equal("2.a", (string?)action["data"]!["taskRef"]);
        }

        var status = CardAssert.All(card).OfType<JsonObject>().Single(o => (string?)o["id"] == "status");
        Assert.Equal(4, status["choices"]!.AsArray().Count);
        Assert.Equal("Open", (string?)status["value"]);
        var progress = CardAssert.All(card).OfType<JsonObject>().Single(o => (string?)o["id"] == "progress");
        Assert.Equal(0, (int)progress["value"]!);
        var extendTo = CardAssert.All(card).OfType<JsonObject>().Single(o => (string?)o["id"] == "extendTo");
        Assert.Equal("Input.Date", (string?)extendTo["type"]);
        Assert.Equal("2024-11-26", (string?)extendTo["min"]);
    }

    [Fact]
    public void OverdueTaskReminderCannotBeSnoozed()
    {
        var card = Render(TaskReminderCard.Create(CardSamples.Plan(), CardSamples.Task(), new DateOnly(2024, 12, 3)));
        Assert.Contains("Hạn 30/11/2024: quá hạn 3 ngày", CardAssert.Texts(card));
        Assert.DoesNotContain("task.snooze", CardAssert.Verbs(card));
    }

    [Fact]
    public void TaskDueOnASundayIsNotOverdueBeforeItsLegalEnd()
    {
        var task = CardSamples.Task(deadline: Deadline.On(new DateOnly(2024, 12, 15)));
        var card = Render(TaskReminderCard.Create(CardSamples.Plan(), task, new DateOnly(2024, 12, 16), legalDueDate: new DateOnly(2024, 12, 16)));
        var texts = CardAssert.Texts(card).ToList();
        Assert.Contains("Hạn 15/12/2024: hôm nay đến hạn", texts);
        Assert.Contains(texts, t => t.Contains("16/12/2024", StringComparison.Ordinal));
    }

    [Fact]
    public void OngoingTaskWithoutEndHasNoDayPhrase()
    {
        var task = CardSamples.Task(deadline: new Deadline(DeadlineKind.Ongoing, null, null, null, null));
        var card = Render(TaskReminderCard.Create(CardSamples.Plan(), task, Today));
        Assert.Contains("Thường xuyên", CardAssert.Texts(card));
        Assert.DoesNotContain(CardAssert.Texts(card), t => t.StartsWith("Hạn ", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportReminderCarriesThePeriod()
    {
        var card = Render(ReportReminderCard.Create(CardSamples.Plan(), CardSamples.Schedule(), CardSamples.Period(), Today, "XA-1", "Phòng Nội vụ"));
        var texts = CardAssert.Texts(card).ToList();
        Assert.Contains("từ 01/11/2024 – 30/11/2024", texts);
        Assert.Contains("Hạn 02/12/2024: còn 7 ngày", texts);
        Assert.Equal(["report.submitted", "report.snooze"], CardAssert.Verbs(card));
        var data = CardAssert.Actions(card, "Action.Execute").First()["data"]!;
        Assert.Equal("BC-THANG", (string?)data["reportCode"]);
        Assert.Equal("2024-12-02", (string?)data["dueDate"]);
        Assert.Equal("XA-1", (string?)data["unitCode"]);
    }

    [Fact]
    public void StatusUpdatedShowsOldAndNew()
    {
        var update = new StatusUpdate(
            "Đã cập nhật nhiệm vụ 2.a", null, "104/KH-UBND", "2.a", "Công khai TTHC", TaskState.InProgress, 40, TaskState.Done, 100, null,
            "Nguyễn Thị Hồng", new DateTimeOffset(2024, 11, 28, 8, 20, 0, TimeSpan.Zero));
        var card = Render(StatusUpdatedCard.Create(update));
        var texts = CardAssert.Texts(card).ToList();
        Assert.Contains("Đang thực hiện → Đã hoàn thành", texts);
        Assert.Contains("40% → 100%", texts);
        Assert.Contains("15:20 ngày 28/11/2024", texts);
        Assert.Contains("Nguyễn Thị Hồng", texts);
        Assert.Empty(CardAssert.Verbs(card));
    }

    [Fact]
    public void RefusedUpdateSaysWhy()
    {
        var result = TaskUpdateResult.Refused(TaskUpdateOutcome.EvidenceRequired, "104/KH-UBND", "2.a", CardSamples.Task());
        var card = Render(result.ToCard("An", CardSamples.Now));
        Assert.Contains(CardAssert.Texts(card), t => t.Contains("tài liệu kiểm chứng", StringComparison.Ordinal));
    }

    [Fact]
    public void AnnouncementCarriesItsId()
    {
        var card = Render(AnnouncementCard.Create("tb-1", "Họp giao ban", "Nội dung", "Phòng Nội vụ", urgent: false, CardSamples.Now));
        Assert.Equal("tb-1", (string?)CardAssert.Actions(card, "Action.Execute").Single()["data"]!["announcementId"]);
        Assert.DoesNotContain("KHẨN", CardAssert.Texts(card));
        Assert.Empty(CardAssert.Actions(card, "Action.OpenUrl"));
        var urgent = Render(AnnouncementCard.Create("tb-2", "Họp", "Nội dung", "Phòng Nội vụ", urgent: true, CardSamples.Now, new Uri("https://example.gov.vn/hop")));
        Assert.Contains("KHẨN", CardAssert.Texts(urgent));
        Assert.Single(CardAssert.Actions(urgent, "Action.OpenUrl"));
    }

    [Fact]
    public void PlanChangeListsEachChangeOldToNew()
    {
        var changes = new[]
        {
            PlanChangeItem.DeadlineChanged("2.a", "Công khai TTHC", Deadline.On(new DateOnly(2024, 11, 30)), Deadline.On(new DateOnly(2024, 12, 15))),
            PlanChangeItem.Added(CardSamples.Task("6.d")),
            PlanChangeItem.Cancelled("4.c", "Hội thi"),
        };
        var card = Render(PlanChangeCard.Create(CardSamples.Plan(), changes));
        var texts = CardAssert.Texts(card).ToList();
        Assert.Contains("Xong trước 30/11/2024 → Xong trước 15/12/2024", texts);
        Assert.Contains("Nhiệm vụ mới", texts);
        Assert.Contains("Nhiệm vụ bị hủy", texts);
        var data = CardAssert.Actions(card, "Action.Execute").Single()["data"]!;
        Assert.Equal("104/KH-UBND", (string?)data["planCode"]);
        Assert.Equal(1, (int)data["revision"]!);
    }

    [Fact]
    public void TaskChoiceButtonsCarryThePendingUpdate()
    {
        var tasks = Enumerable.Range(1, 20).Select(i => new TaskChoiceItem("104/KH-UBND", $"{i}.a", $"Nhiệm vụ số {i}", TaskState.Open, new DateOnly(2024, 12, i))).ToList();
        var pending = new JsonObject { ["state"] = "Done", ["progress"] = 100 };
        var card = Render(TaskChoiceCard.Create(tasks, "đã xong", pending));
        var actions = CardAssert.Actions(card, "Action.Execute").ToList();
        Assert.Equal(TaskChoiceCard.MaxTasks, actions.Count);
        Assert.All(actions, a => Assert.Equal("task.choose", (string?)a["verb"]));
        Assert.Equal("1.a", (string?)actions[0]["data"]!["taskRef"]);
        Assert.Equal("Done", (string?)actions[0]["data"]!["pending"]!["state"]);
        Assert.Contains(CardAssert.Texts(card), t => t.Contains("5 nhiệm vụ khác", StringComparison.Ordinal));
    }

    [Fact]
    public void WelcomeExplainsLinkingOnlyToUnlinkedPeople()
    {
        var unlinked = Render(WelcomeCard.Create(null, isLinked: false, roles: []));
        Assert.Contains(CardAssert.Texts(unlinked), t => t.Contains(CardTexts.LinkCodeExample, StringComparison.Ordinal));
        var head = Render(WelcomeCard.Create("Trần Văn Bình", isLinked: true, roles: [OfficerRole.UnitHead]));
        var texts = CardAssert.Texts(head).ToList();
        Assert.Contains("Xin chào Trần Văn Bình!", texts);
        Assert.DoesNotContain(texts, t => t.Contains(CardTexts.LinkCodeExample, StringComparison.Ordinal));
        Assert.Contains("“việc nào quá hạn?”", texts);
    }

    private static ReminderDigestItem DigestItem(string taskRef) =>
        new(CardTexts.TaskLabel(taskRef), "Rà soát quy trình nội bộ", "Hạn 30/11/2024 · còn 5 ngày", "later", "Đã xong " + taskRef, CardVerbs.TaskDone, CardData.TaskAction("104/KH-UBND", taskRef));

    [Fact]
    public void DigestGivesEachItemItsButtonAndCutsLongListsSayingHowManyMore()
    {
        var items = Enumerable.Range(1, ReminderDigestCard.MaxItems + 3).Select(i => DigestItem($"{i}.a")).ToList();

        var card = Render(ReminderDigestCard.Create(Today, items));

        CardAssert.IsSendable(card);
        Assert.Equal(ReminderDigestCard.MaxItems, CardAssert.Verbs(card).Count(v => v == CardVerbs.TaskDone));
        var texts = CardAssert.Texts(card).ToList();
        Assert.Contains("Nhắc việc ngày 25/11/2024", texts);
        Assert.Contains(texts, t => t.StartsWith("… và 3 việc khác", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("**Nhiệm vụ 1.a**", StringComparison.Ordinal));
    }

    public static TheoryData<string> Names => [.. CardNames.All];

    /// <summary>The sample data in cards/ is what the designer shows; it must use the keys the factories really produce.</summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void SampleDataUsesTheFactorysKeys(string name)
    {
        var produced = name switch
        {
            CardNames.Welcome => WelcomeCard.Create("An", isLinked: false, roles: [], new Uri("https://example.gov.vn")),
            CardNames.TaskReminder => TaskReminderCard.Create(CardSamples.Plan(), CardSamples.Task(), Today),
            CardNames.ReportReminder => ReportReminderCard.Create(CardSamples.Plan(), CardSamples.Schedule(), CardSamples.Period(), Today),
            CardNames.OverdueList => OverdueListCard.Create([], 1, Today, "Phòng Nội vụ"),
            CardNames.StatusUpdated => TaskUpdateResult.Refused(TaskUpdateOutcome.Unchanged, "P", "1", null).ToCard("An", CardSamples.Now),
            CardNames.Announcement => AnnouncementCard.Create("1", "t", "b", "s", urgent: true, CardSamples.Now),
            CardNames.PlanChange => PlanChangeCard.Create(CardSamples.Plan(), []),
            CardNames.TaskChoice => TaskChoiceCard.Create([], "x", []),
            CardNames.IntentConfirm => IntentConfirmCard.Create("q", "m", "t"),
            CardNames.ReminderDigest => ReminderDigestCard.Create(Today, [DigestItem("2.b")]),
            CardNames.PastDue => PastDueCard.Create("P", "t", "s", "h", [new PastDueCardGroup("g", "d", [new PastDueCardRow("u", [], [])])], n => $"{n}"),
            CardNames.PlanDraft => PlanDraftCard.Create(new PlanDraftPreview("id", "h", "t", "f.docx", "s", ["x"], "u", "w", [.. Enumerable.Range(0, 12).Select(i => $"w{i}")], "c", [.. Enumerable.Range(0, 20).Select(i => $"c{i}")])),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "a card without a factory"),
        };
        Assert.Equal(name, produced.Template);
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(CardAssert.CardsDirectory, name + ".data.json")))!.AsObject();
        Assert.Empty(sample.Select(p => p.Key).Except(produced.Data.Select(p => p.Key), StringComparer.Ordinal));
    }
}
