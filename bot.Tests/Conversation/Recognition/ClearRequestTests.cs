using ReformBot.Conversation;
using ReformBot.Conversation.Recognition;

namespace ReformBot.Tests.Conversation.Recognition;

/// <summary>Clear requests are acted on without the "Đúng / Không phải" question: the confirmation is for doubt, not for every change.</summary>
public sealed class ClearRequestTests
{
    private static readonly DateOnly Today = new(2024, 11, 20);

    private static readonly double ConfirmBelow = new ConversationOptions().ConfirmBelow;

    [Theory]
    [InlineData("nhắc CV Văn phòng 1", IntentKind.Nudge)]
    [InlineData("nhắc Chuyên viên Văn phòng 1", IntentKind.Nudge)]
    [InlineData("nhac chuyen vien noi vu 1", IntentKind.Nudge)]
    [InlineData("đôn đốc Chuyên viên Tài chính 1", IntentKind.Nudge)]
    [InlineData("đã xong nv 2.a", IntentKind.Done)]
    [InlineData("nv 2.b chưa làm được vì thiếu kinh phí", IntentKind.Blocked)]
    public void AClearRequestIsActedOnWithoutAsking(string text, IntentKind intent)
    {
        var result = IntentRecognizer.Recognize(text, Today, IntentModel.Shared);

        Assert.Equal(intent, result.Intent);
        Assert.True(IntentDecisions.Decide(result, ConfirmBelow) == IntentDecision.Act, $"{text}: {result.Confidence:0.00}, runner-up {result.RunnerUp}");
    }
}
