using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Absences;
using ReformBot.Calendar;
using ReformBot.Cards;
using ReformBot.Delivery;
using ReformBot.Reminders;
using ReformBot.Tests.Conversation;

namespace ReformBot.Tests.Absences;

/// <summary>
/// Away in chat: confirmed dates, no reminders while away, what came due meanwhile in the first message after, the
/// head told once and their list marking it, back early; and "không cần nhắc việc này nữa" for one item.
/// The service runs whole; the test clock is moved through the days with the reminder cycle run at each due moment.
/// </summary>
public sealed class AwayTests
{
    private const string Officer = "lv.vp.cv1";
    private const string Head = "lv.vp.cvp";

    private static Task<ConversationHost> LoadAsync() => ConversationHost.StartAsync(new Dictionary<string, string>
    {
        [Officer] = "29:vp-cv1",
        [Head] = "29:vp-cvp",
    });

    private static DateTimeOffset Local(int month, int day, int hour) => new(2024, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    private static CardAction Tap(string verb, string token) => new(verb, new JsonObject { ["token"] = token });

    private static string TokenOf(ConversationReply reply, string verb) =>
        (string)Assert.Single(Assert.Single(reply.Messages).Actions, a => a.Verb == verb).Data["token"]!;

    private static Task<ReminderCycleResult> RunThroughAsync(ConversationHost host, DateTimeOffset target) =>
        host.InScopeAsync(sp => sp.GetRequiredService<ReminderCycle>().RunThroughAsync(target, host.Clock.Set, CancellationToken.None));

    private static async Task<List<Absence>> AbsencesAsync(ConversationHost host)
    {
        await using var db = host.CreateContext();
        return await db.Absences.AsNoTracking().ToListAsync();
    }

    private static async Task<ConversationReply> ConfirmAsync(ConversationHost host, string account, string text)
    {
        var asked = await host.HandleAsync(account, text);
        return await host.HandleAsync(account, null, Tap(CardVerbs.IntentConfirm, TokenOf(asked, CardVerbs.IntentConfirm)));
    }

    [Fact]
    public async Task AwayIsAskedWithItsDatesAndRecordedOnlyOnYes()
    {
        await using var host = await LoadAsync();

        var asked = await host.HandleAsync("29:vp-cv1", "em đi công tác đến 10/12");

        var question = Assert.Single(asked.Messages);
        Assert.Equal(CardNames.IntentConfirm, question.Card!.Template);
        Assert.Equal("Anh/chị đi công tác từ 20/11 đến 10/12, bot sẽ không nhắc trong thời gian này?", question.Text);
        Assert.Empty(await AbsencesAsync(host));

        var done = await host.HandleAsync("29:vp-cv1", null, Tap(CardVerbs.IntentConfirm, TokenOf(asked, CardVerbs.IntentConfirm)));

        Assert.Contains("Đã ghi nhận", Assert.Single(done.Messages).Text, StringComparison.Ordinal);
        var absence = Assert.Single(await AbsencesAsync(host));
        Assert.Equal((Officer, new DateOnly(2024, 11, 20), new DateOnly(2024, 12, 10), AbsenceReason.BusinessTrip, Officer), (absence.OfficerId, absence.From, absence.Until, absence.Reason, absence.SetBy));
    }

    [Fact]
    public async Task NoIsAnswerThatChangesNothing()
    {
        await using var host = await LoadAsync();
        var asked = await host.HandleAsync("29:vp-cv1", "nghi phep tuan nay");

        Assert.Equal("Anh/chị nghỉ phép từ 20/11 đến 22/11, bot sẽ không nhắc trong thời gian này?", Assert.Single(asked.Messages).Text);
        await host.HandleAsync("29:vp-cv1", null, Tap(CardVerbs.IntentCancel, TokenOf(asked, CardVerbs.IntentCancel)));

        Assert.Empty(await AbsencesAsync(host));
    }

    [Fact]
    public async Task SickDaysCountWorkingDays()
    {
        await using var host = await LoadAsync();

        var asked = await host.HandleAsync("29:vp-cv1", "tôi nghỉ ốm 3 ngày");

        // Wednesday 20/11 + 3 working days: 20, 21, 22/11.
        Assert.Equal("Anh/chị nghỉ ốm từ 20/11 đến 22/11, bot sẽ không nhắc trong thời gian này?", Assert.Single(asked.Messages).Text);
    }

    [Fact]
    public async Task NoReminderReachesThemWhileAwayAndWhatCameDueArrivesInTheFirstMessageAfter()
    {
        await using var host = await LoadAsync();
        await RunThroughAsync(host, Local(11, 20, 9));
        await ConfirmAsync(host, "29:vp-cv1", "em nghỉ phép đến 29/11");

        await RunThroughAsync(host, Local(12, 3, 12));

        await using var db = host.CreateContext();
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.OfficerId == Officer && m.Kind == ReminderOutbox.RowKind).ToListAsync();
        var sent = rows.Where(m => m.State == OutboxState.Sent).OrderBy(m => m.SentAt).ToList();
        Assert.DoesNotContain(sent, m => VietnamTime.DateOf(m.SentAt!.Value) <= new DateOnly(2024, 11, 29));

        // Planned while away (2.b, 6.b due Saturday 30/11 were reminded on working days before it): all in Monday 02/12's one message.
        var meanwhile = await db.Reminders.AsNoTracking()
            .Where(r => r.OfficerId == Officer)
            .ToListAsync();
        var duringAbsence = meanwhile.Where(r => VietnamTime.DateOf(r.DueAt) <= new DateOnly(2024, 11, 29)).ToList();
        Assert.Contains(duringAbsence, r => r.ItemRef == "2.b");
        var first = sent.First();
        Assert.Equal(new DateOnly(2024, 12, 2), VietnamTime.DateOf(first.SentAt!.Value));
        Assert.All(duringAbsence.Where(r => r.State != ReminderState.Skipped), r => Assert.Equal(first.Id, r.OutboxMessageId));
        Assert.Single(sent, m => VietnamTime.DateOf(m.SentAt!.Value) == new DateOnly(2024, 12, 2));
        Assert.Equal(sent.Count, host.Channel.To(Officer).Count);
    }

    [Fact]
    public async Task TheHeadIsToldOnceAndTheirOverdueListMarksThemAway()
    {
        await using var host = await LoadAsync();

        await ConfirmAsync(host, "29:vp-cv1", "em đi công tác đến 10/12");
        await host.DeliverAsync();
        await host.DeliverAsync();

        var told = Assert.Single(host.Channel.To(Head));
        Assert.Contains("Chuyên viên Văn phòng 1 đi công tác từ 20/11 đến 10/12", told.Text, StringComparison.Ordinal);
        Assert.Empty(host.Channel.To(Officer));

        var list = await host.HandleAsync("29:vp-cvp", "danh sách quá hạn");
        var card = Assert.Single(list.Messages).Card!;
        Assert.Contains("Chuyên viên Văn phòng 1 (đang nghỉ đến 10/12)", card.Data.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackEarlyEndsTheAbsenceAndSendsWhatWasHeldAtOnce()
    {
        await using var host = await LoadAsync();
        await RunThroughAsync(host, Local(11, 20, 9));
        await ConfirmAsync(host, "29:vp-cv1", "em đi công tác đến 10/12");
        await RunThroughAsync(host, Local(11, 29, 12));
        Assert.Empty(host.Channel.To(Officer));

        var back = await host.HandleAsync("29:vp-cv1", "tôi đã đi làm lại");
        await host.DeliverAsync();

        Assert.Contains("quay lại", Assert.Single(back.Messages).Text, StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(await AbsencesAsync(host)).EndedEarlyAt);
        var message = Assert.Single(host.Channel.To(Officer));
        Assert.Contains("2.b", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackWithoutAnAbsenceChangesNothing()
    {
        await using var host = await LoadAsync();

        var reply = await host.HandleAsync("29:vp-cv1", "tôi đã đi làm lại");

        Assert.Equal(AbsenceTexts.NotAway, Assert.Single(reply.Messages).Text);
        Assert.Empty(await AbsencesAsync(host));
    }

    [Theory]
    [InlineData("mai em nghỉ được không?")]
    [InlineData("em không đi công tác đâu")]
    [InlineData("nv 2.c đang bị tắc do người phụ trách nghỉ ốm")]
    [InlineData("em nghỉ phép đến 10/11")]
    public async Task QuestionsNegationsAndPastDatesRecordNoAbsence(string text)
    {
        await using var host = await LoadAsync();

        var reply = await host.HandleAsync("29:vp-cv1", text);

        Assert.DoesNotContain(reply.Messages, m => m.Text.Contains("bot sẽ không nhắc trong thời gian này", StringComparison.Ordinal));
        Assert.Empty(await AbsencesAsync(host));
    }

    [Fact]
    public async Task AForgedConfirmTokenRecordsNothing()
    {
        await using var host = await LoadAsync();
        await host.HandleAsync("29:vp-cv1", "em đi công tác đến 10/12");

        var reply = await host.HandleAsync("29:vp-cv1", null, Tap(CardVerbs.IntentConfirm, "0123456789abcdef0123456789abcdef"));

        Assert.Contains("hết hạn", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
        Assert.Empty(await AbsencesAsync(host));
    }

    [Fact]
    public async Task StoppingOneItemHoldsItsRemindersWhileTheOthersKeepComing()
    {
        await using var host = await LoadAsync();
        await RunThroughAsync(host, Local(11, 20, 9));

        var asked = await host.HandleAsync("29:vp-cv1", "đừng nhắc nv 2.b nữa");
        Assert.Contains("không nhắc nhiệm vụ 2.b nữa", Assert.Single(asked.Messages).Text, StringComparison.Ordinal);
        await using (var before = host.CreateContext())
        {
            Assert.Empty(await before.ReminderStops.ToListAsync());
        }

        await host.HandleAsync("29:vp-cv1", null, Tap(CardVerbs.IntentConfirm, TokenOf(asked, CardVerbs.IntentConfirm)));
        await RunThroughAsync(host, Local(12, 3, 12));

        await using var db = host.CreateContext();
        var stop = Assert.Single(await db.ReminderStops.ToListAsync());
        Assert.Equal((Officer, "2.b", ReminderSubject.Task), (stop.OfficerId, stop.ItemRef, stop.Subject));
        Assert.Single(await db.AuditEntries.Where(e => e.Action == ReminderStops.AuditStop && e.Actor == Officer).ToListAsync());
        var reminders = await db.Reminders.AsNoTracking().Where(r => r.OfficerId == Officer).ToListAsync();
        Assert.DoesNotContain(reminders, r => r.ItemRef == "2.b" && r.State == ReminderState.Sent);
        Assert.Contains(reminders, r => r.ItemRef == "6.b" && r.State == ReminderState.Sent);

        // The head still sees it overdue.
        var list = await host.HandleAsync("29:vp-cvp", "danh sách quá hạn");
        Assert.Contains("2.b", Assert.Single(list.Messages).Card!.Data.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopWithoutNamingAnItemAsksWhichWhenSeveralAreOpen()
    {
        await using var host = await LoadAsync();

        var asked = await host.HandleAsync("29:vp-cv1", "không cần nhắc việc này nữa");

        Assert.Equal(CardNames.TaskChoice, Assert.Single(asked.Messages).Card?.Template);
        await using var db = host.CreateContext();
        Assert.Empty(await db.ReminderStops.ToListAsync());
    }
}
