using ReformBot.Conversation.Recognition;

namespace ReformBot.Tests.Conversation.Recognition;

public sealed class IntentRecognizerTests
{
    private static readonly DateOnly Today = new(2024, 11, 20);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0001")]
    [InlineData("🙂🙂")]
    [InlineData("\uD83D")]
    public void OddInputIsUnknownAndDoesNotThrow(string? text) => Assert.Equal(IntentKind.Unknown, IntentRecognizer.Recognize(text, Today).Intent);

    [Fact]
    public void TenKilobytesOfTextIsHandledQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("Lorem ipsum đã vướng nv 2.a: 20/12 ", 300));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _ = IntentRecognizer.Recognize(text, Today);
        _ = IntentRecognizer.Recognize("thông báo: " + text, Today);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"{watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void LongBroadcastKeepsItsWholeBody()
    {
        var body = string.Concat(Enumerable.Repeat("Nội dung dài. ", 400)).Trim();
        var result = IntentRecognizer.Recognize("thông báo: " + body, Today);
        Assert.Equal(IntentKind.Broadcast, result.Intent);
        Assert.Equal(body, result.Slots.Text);
    }

    [Fact]
    public void EveryIntentHasItsWireName()
    {
        string[] expected =
        [
            "done", "progress", "blocked", "extension", "snooze", "reportSubmitted", "evidence", "overdueList", "dueSoon", "summary",
            "missingReports", "nudge", "broadcast", "approveExtension", "rejectExtension", "link", "help", "greeting", "unknown",
            "progress.export", "report.draft", "away", "away.end", "reminders.stop",
        ];
        Assert.Equal(expected.Order(), Enum.GetValues<IntentKind>().Select(k => k.ToWireName()).Order());
        Assert.All(expected, name => Assert.True(IntentKindWireNames.TryParse(name, out var kind) && kind.ToWireName() == name));
    }

    [Fact]
    public void UnknownHasNoConfidence() => Assert.Equal(0, IntentRecognizer.Recognize("hôm nay trời đẹp", Today).Confidence);
}
