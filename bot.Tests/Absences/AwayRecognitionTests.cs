using ReformBot.Absences;
using ReformBot.Conversation.Recognition;

namespace ReformBot.Tests.Absences;

/// <summary>"Em đi công tác đến 10/12", "nghỉ phép tuần này", "tôi nghỉ ốm 3 ngày", back, and "không cần nhắc việc này nữa", in every spelling.</summary>
public sealed class AwayRecognitionTests
{
    private static readonly DateOnly Today = new(2024, 11, 20);

    private static RecognizedIntent Recognize(string text) => IntentRecognizer.Recognize(text, Today, IntentModel.Shared);

    [Theory]
    [InlineData("em đi công tác đến 10/12", AbsenceReason.BusinessTrip, null, "2024-12-10")]
    [InlineData("em di cong tac den 10/12", AbsenceReason.BusinessTrip, null, "2024-12-10")]
    [InlineData("e đi ct đến 10/12 nhé", AbsenceReason.BusinessTrip, null, "2024-12-10")]
    [InlineData("nghỉ phép tuần này", AbsenceReason.Leave, "2024-11-20", "2024-11-24")]
    [InlineData("nghi phep tuan nay a", AbsenceReason.Leave, "2024-11-20", "2024-11-24")]
    [InlineData("e nghỉ fép tuần này", AbsenceReason.Leave, "2024-11-20", "2024-11-24")]
    [InlineData("em đi công tác từ 25/11 đến 29/11", AbsenceReason.BusinessTrip, "2024-11-25", "2024-11-29")]
    [InlineData("mai em nghỉ phép", AbsenceReason.Leave, "2024-11-21", "2024-11-21")]
    public void AbsenceIsReadWithItsDates(string text, AbsenceReason reason, string? from, string until)
    {
        var result = Recognize(text);

        Assert.Equal(IntentKind.Away, result.Intent);
        var away = Assert.IsType<AwaySlot>(result.Slots.Away);
        Assert.Equal(reason, away.Reason);
        Assert.Equal(from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), away.From);
        Assert.Equal(DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture), away.Until);
    }

    [Theory]
    [InlineData("tôi nghỉ ốm 3 ngày")]
    [InlineData("toi nghi om 3 ngay")]
    [InlineData("t nghỉ ốm 3 ngày ạ")]
    public void SickLeaveForSomeDaysIsReadAsADuration(string text)
    {
        var result = Recognize(text);

        Assert.Equal(IntentKind.Away, result.Intent);
        Assert.Equal(AbsenceReason.Sick, result.Slots.Away!.Reason);
        Assert.Equal(TimeSpan.FromDays(3), result.Slots.Away.Duration);
        Assert.Null(result.Slots.Away.Until);
    }

    [Theory]
    [InlineData("tôi đã đi làm lại")]
    [InlineData("toi da di lam lai")]
    [InlineData("e đi làm lại r nhé")]
    public void BackAtWorkEndsTheAbsence(string text) => Assert.Equal(IntentKind.AwayEnd, Recognize(text).Intent);

    [Theory]
    [InlineData("không cần nhắc việc này nữa", null)]
    [InlineData("khong can nhac viec nay nua", null)]
    [InlineData("đừng nhắc nv 2.a nữa", "2.a")]
    [InlineData("dung nhac nv 2.a nua nhe", "2.a")]
    [InlineData("thôi khỏi nhắc", null)]
    [InlineData("khoi nhac 2.b", "2.b")]
    public void StopOneItemIsRead(string text, string? taskRef)
    {
        var result = Recognize(text);

        Assert.Equal(IntentKind.StopReminders, result.Intent);
        Assert.Equal(taskRef, result.Slots.TaskRef);
    }

    [Theory]
    [InlineData("mai em nghỉ được không?")]
    [InlineData("mai em nghi duoc khong")]
    [InlineData("nghỉ phép tuần này được không ạ?")]
    [InlineData("nv 5 đang bị tắc do người phụ trách nghỉ ốm đến 10/12")]
    [InlineData("em không đi công tác đâu")]
    [InlineData("có phải mai được nghỉ không")]
    public void QuestionsAndOtherPeoplesAbsencesAreNotAnAbsence(string text) => Assert.NotEqual(IntentKind.Away, Recognize(text).Intent);
}
