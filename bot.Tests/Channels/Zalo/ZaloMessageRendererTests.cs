using System.Text.Json.Nodes;
using ReformBot.Cards;
using ReformBot.Channels.Zalo;
using ReformBot.Delivery;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.Zalo;

public sealed class ZaloMessageRendererTests
{
    private static readonly ZaloMessageRenderer Renderer = new(new ManualTimeProvider(new DateTimeOffset(2024, 11, 25, 9, 0, 0, TimeSpan.FromHours(7))));

    public static TheoryData<string> Templates => new(CardNames.All);

    private static CardContent Sample(string template) =>
        new(template, JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cards", template + ".data.json")))!.AsObject());

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryCardFitsZalo(string template)
    {
        var rendered = Renderer.Render(OutgoingMessage.WithCard("fallback", Sample(template)));

        Assert.NotEmpty(rendered.Parts);
        Assert.All(rendered.Parts, p => Assert.InRange(p.Length, 1, ZaloTextSplitter.MaxLength));
        Assert.InRange(rendered.Buttons.Count, 0, ZaloRenderedMessage.MaxButtons);
        Assert.DoesNotContain("fallback", rendered.FullText, StringComparison.Ordinal);
        Assert.DoesNotContain("${", rendered.FullText, StringComparison.Ordinal);
        Assert.All(rendered.Buttons, b => Assert.InRange(b.Title.Length, 1, ZaloButton.MaxTitleLength));
        foreach (var button in rendered.Buttons.Where(b => b.Type == ZaloButton.QueryHide))
        {
            Assert.True(ZaloButtonPayload.TryDecode(button.Payload, out var action));
            Assert.True(CardVerbs.IsKnown(action.Verb));
        }
    }

    [Theory]
    [InlineData(CardNames.TaskReminder)]
    [InlineData(CardNames.ReportReminder)]
    [InlineData(CardNames.Announcement)]
    [InlineData(CardNames.PlanChange)]
    public void RemindersEndByAskingForAReply(string template)
    {
        var rendered = Renderer.Render(OutgoingMessage.WithCard(string.Empty, Sample(template)));

        Assert.Contains("trả lời", rendered.Parts[^1].Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void TaskReminderIsShortAndItsButtonsCarryTheCardActions()
    {
        var rendered = Renderer.Render(OutgoingMessage.WithCard(string.Empty, Sample(CardNames.TaskReminder)));

        var text = rendered.FullText;
        Assert.StartsWith("NHẮC VIỆC: Nhiệm vụ 2.a", text, StringComparison.Ordinal);
        Assert.Contains("Thời hạn: Xong trước 30/11 (còn 5 ngày)", text, StringComparison.Ordinal);
        Assert.Contains("Cần gửi tài liệu kiểm chứng", text, StringComparison.Ordinal);
        Assert.Equal(["Đã hoàn thành", "Nhắc lại ngày mai"], rendered.Buttons.Select(b => b.Title));
        Assert.True(ZaloButtonPayload.TryDecode(rendered.Buttons[0].Payload, out var done));
        Assert.Equal((CardVerbs.TaskDone, "2.a", "104/KH-UBND"), (done.Verb, (string?)done.Data["taskRef"], (string?)done.Data["planCode"]));
        Assert.True(ZaloButtonPayload.TryDecode(rendered.Buttons[1].Payload, out var snooze));
        Assert.Equal((CardVerbs.TaskSnooze, "1"), (snooze.Verb, (string?)snooze.Data["snoozeDays"]));
    }

    [Fact]
    public void DatesOfOtherYearsKeepTheirYear()
    {
        var rendered = Renderer.Render(OutgoingMessage.PlainText("Hạn 30/11/2024, gia hạn đến 15/01/2025"));

        Assert.Equal("Hạn 30/11, gia hạn đến 15/01/2025", rendered.FullText);
    }

    [Fact]
    public void AnnouncementLinkOpensTheUrl()
    {
        var rendered = Renderer.Render(OutgoingMessage.WithCard(string.Empty, Sample(CardNames.Announcement)));

        Assert.StartsWith("THÔNG BÁO KHẨN:", rendered.FullText, StringComparison.Ordinal);
        var link = Assert.Single(rendered.Buttons, b => b.Type == ZaloButton.OpenUrl);
        Assert.Equal("https://dichvucong.dongthap.gov.vn/", (string?)link.ToJson()["payload"]!["url"]);
    }

    [Fact]
    public void MessageActionsBecomeButtonsUpToFive()
    {
        var actions = Enumerable.Range(1, 7)
            .Select(i => new MessageAction($"Nhiệm vụ {i}", CardVerbs.TaskChoose, new JsonObject { ["taskRef"] = $"{i}.a" }))
            .ToList();

        var rendered = Renderer.Render(new OutgoingMessage("Anh/chị chọn nhiệm vụ nào?", null, actions));

        Assert.Equal(5, rendered.Buttons.Count);
        Assert.True(ZaloButtonPayload.TryDecode(rendered.Buttons[4].Payload, out var action));
        Assert.Equal(new CardAction(CardVerbs.TaskChoose, new JsonObject { ["taskRef"] = "5.a" }).Verb, action.Verb);
        Assert.Equal("5.a", (string?)action.Data["taskRef"]);
    }

    [Fact]
    public void LongTextIsSplitAtLineBreaksUnderTheLimit()
    {
        var lines = Enumerable.Range(1, 120).Select(i => $"Dòng {i}: " + new string('x', 40)).ToList();

        var parts = Renderer.Render(OutgoingMessage.PlainText(string.Join('\n', lines))).Parts;

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Length <= ZaloTextSplitter.MaxLength));
        Assert.Equal(lines, parts.SelectMany(p => p.Split('\n')));
    }

    [Fact]
    public void LineLongerThanTheLimitIsCutAtSpaces()
    {
        var words = string.Join(' ', Enumerable.Repeat("nhiệm-vụ", 600));

        var parts = ZaloTextSplitter.Split(words);

        Assert.All(parts, p => Assert.True(p.Length <= ZaloTextSplitter.MaxLength));
        Assert.Equal(words, string.Join(' ', parts));
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("#rb:unknown.verb:{}")]
    [InlineData("#rb:task.done:not json")]
    [InlineData("#rb:task.done:[1]")]
    public void OrdinaryTextIsNotAButton(string text) => Assert.False(ZaloButtonPayload.TryDecode(text, out _));
}
