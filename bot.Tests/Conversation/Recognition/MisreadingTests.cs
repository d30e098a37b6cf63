using ReformBot.Conversation;
using ReformBot.Conversation.Recognition;

namespace ReformBot.Tests.Conversation.Recognition;

/// <summary>
/// Messages that contain an action's words but do not ask for it: negations, questions, thanks, a "xong" about the
/// future or a part. None is in the training corpus; none may change state without the officer's "Đúng".
/// </summary>
public sealed class MisreadingTests
{
    private static readonly DateOnly Today = new(2024, 11, 20);

    private static readonly double ConfirmBelow = new ConversationOptions().ConfirmBelow;

    /// <summary>Each message with what it really is; reading it as anything else must not act.</summary>
    private static readonly (string Text, IntentKind Meant)[] Lines =
    [
        ("chưa đồng ý cho gia hạn nv 2.a đâu", IntentKind.RejectExtension),
        ("chua dong y gia han, cho anh xem lai", IntentKind.RejectExtension),
        ("tôi chưa duyệt việc lùi hạn của phòng tư pháp", IntentKind.RejectExtension),
        ("phòng Nội vụ đã nộp báo cáo tháng 11 chưa?", IntentKind.MissingReports),
        ("xa Tan Lap nop bao cao quy chua", IntentKind.MissingReports),
        ("đơn vị nào đã gửi báo cáo 6 tháng rồi?", IntentKind.MissingReports),
        ("làm sao để báo xong nhiệm vụ?", IntentKind.Help),
        ("lam the nao de bao hoan thanh a", IntentKind.Help),
        ("mấy giờ họp giao ban?", IntentKind.Unknown),
        ("nv 3.b xong chưa em?", IntentKind.Summary),
        ("cảm ơn em đã báo cáo nhé", IntentKind.Unknown),
        ("cam on chi da nop bao cao", IntentKind.Unknown),
        ("cảm ơn anh đã duyệt gia hạn cho em", IntentKind.Unknown),
        ("chắc thứ 6 tuần sau mới xong nv 2.a", IntentKind.Progress),
        ("chac cuoi thang xong", IntentKind.Progress),
        ("em mới xong phần 1 của nv 1.2 thôi", IntentKind.Progress),
        ("chưa xong đâu anh ơi", IntentKind.Progress),
        ("nhiệm vụ 4.c vẫn chưa hoàn thành", IntentKind.Progress),
        ("không cần nhắc nữa đâu", IntentKind.StopReminders),
        ("dung nhac em nua nhe", IntentKind.StopReminders),
        ("có phải gõ đã xong là bot ghi nhận không?", IntentKind.Help),
        ("bao giờ thì phải nộp báo cáo quý?", IntentKind.Help),
        ("ai đang phụ trách nv 2.a vậy?", IntentKind.Summary),
        ("không vướng mắc gì anh ạ", IntentKind.Unknown),
        ("hôm qua họp xong chưa", IntentKind.Unknown),
        ("nộp báo cáo ở đâu vậy bot", IntentKind.Help),
    ];

    public static TheoryData<string, IntentKind> Misreadings()
    {
        var data = new TheoryData<string, IntentKind>();
        foreach (var (text, meant) in Lines)
        {
            data.Add(text, meant);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Misreadings))]
    public void MisreadingNeverActsWithoutConfirmation(string text, IntentKind meant)
    {
        var result = IntentRecognizer.Recognize(text, Today, IntentModel.Shared);
        Assert.True(
            result.Intent == meant || IntentDecisions.Decide(result, ConfirmBelow) != IntentDecision.Act,
            $"'{text}' would act as {result.Intent.ToWireName()} {result.Confidence:0.00} (meant {meant.ToWireName()}, runner-up {result.RunnerUp})");
    }

    [Fact]
    public void NoMisreadingIsInTheTrainingCorpus()
    {
        var corpus = IntentCorpus.All.Select(e => VietnameseText.Fold(e.Text)).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(Lines, line => corpus.Contains(VietnameseText.Fold(line.Text)));
    }

    [Theory]
    [InlineData("chưa đồng ý gia hạn nv 2.a", IntentKind.RejectExtension)]
    [InlineData("chua xong nv 2.a", IntentKind.Progress)]
    [InlineData("chắc thứ 6 tuần sau xong", IntentKind.Progress)]
    [InlineData("xong phần 1", IntentKind.Progress)]
    [InlineData("làm sao để báo xong?", IntentKind.Help)]
    [InlineData("phòng Tư pháp nộp báo cáo chưa?", IntentKind.MissingReports)]
    [InlineData("đã xong nv 2.a", IntentKind.Done)]
    [InlineData("cho em thêm thời gian làm nv 2.a", IntentKind.Extension)]
    [InlineData("để mai nhắc", IntentKind.Snooze)]
    [InlineData("nv 2.a chưa làm được vì thiếu kinh phí", IntentKind.Blocked)]
    [InlineData("xuất báo cáo tiến độ", IntentKind.ProgressExport)]
    [InlineData("soạn báo cáo tháng 11", IntentKind.ReportDraft)]
    public void FormOfTheMessageDecides(string text, IntentKind expected) =>
        Assert.Equal(expected, IntentRecognizer.Recognize(text, Today, IntentModel.Shared).Intent);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂🙂")]
    [InlineData("\u0000\u0007\u001b[31m")]
    [InlineData("Привет 你好 مرحبا")]
    public void BadInputIsNeverAnAction(string text)
    {
        var result = IntentRecognizer.Recognize(text, Today, IntentModel.Shared);
        Assert.False(result.Intent.ChangesState(), $"{result.Intent}");
    }

    [Fact]
    public void TenThousandCharactersAreNeverAnActionWithoutConfirmation()
    {
        var text = string.Concat(Enumerable.Repeat("lorem ipsum đã xong ", 500));
        var result = IntentRecognizer.Recognize(text, Today, IntentModel.Shared);
        Assert.NotEqual(IntentDecision.Act, IntentDecisions.Decide(result, ConfirmBelow));
    }
}
