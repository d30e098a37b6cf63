using System.Text.Json.Nodes;
using ReformBot.Calendar;
using ReformBot.Plans;
using ReformBot.Reminders;

namespace ReformBot.Tests.Reminders;

/// <summary>
/// Reminders over 2024 and 2025 land on working days in working hours, whatever the holidays, and the range a caller
/// asks for never loses or doubles one. The plan is Lấp Vò's with tasks added that fall due in 2025's holidays.
/// </summary>
public sealed class ReminderPlannerCalendarTests
{
    private static readonly WorkingCalendar Calendar = new();
    private static readonly DateOnly First = new(2024, 1, 1);
    private static readonly DateOnly Last = new(2025, 12, 31);
    private static readonly Lazy<List<PlannedReminder>> Daily = new(SimulateDaily);

    [Fact]
    public void NoReminderFallsOnADayOffOrOutsideWorkingHours()
    {
        var reminders = Daily.Value;

        Assert.True(reminders.Count > 1000, $"only {reminders.Count} reminders");
        Assert.All(reminders, r =>
        {
            var local = VietnamTime.ToLocal(r.DueAt);
            var date = DateOnly.FromDateTime(local.DateTime);
            var time = TimeOnly.FromDateTime(local.DateTime);
            Assert.True(Calendar.IsWorkingDay(date), $"{r.DedupeKey} on {date:yyyy-MM-dd}, {Calendar.DayOffOn(date)?.Name}");
            Assert.InRange(time, new TimeOnly(7, 30), new TimeOnly(17, 30));
        });
    }

    [Theory]
    [InlineData("2025-01-01")]
    [InlineData("2025-01-25")]
    [InlineData("2025-01-27")]
    [InlineData("2025-01-28")]
    [InlineData("2025-01-29")]
    [InlineData("2025-01-30")]
    [InlineData("2025-01-31")]
    [InlineData("2025-02-01")]
    [InlineData("2025-02-02")]
    [InlineData("2025-04-07")]
    [InlineData("2025-04-30")]
    [InlineData("2025-05-01")]
    [InlineData("2025-05-02")]
    [InlineData("2025-09-01")]
    [InlineData("2025-09-02")]
    [InlineData("2024-09-02")]
    [InlineData("2024-09-03")]
    [InlineData("2024-02-12")]
    public void NothingOnHolidays(string day)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        Assert.False(Calendar.IsWorkingDay(date));
        Assert.DoesNotContain(Daily.Value, r => VietnamTime.DateOf(r.DueAt) == date);
    }

    [Fact]
    public void TheRegularWeeksAreNotEmpty()
    {
        // The first working day after Tết 2025 carries the overdue repeats that the break held back.
        Assert.Contains(Daily.Value, r => VietnamTime.DateOf(r.DueAt) == new DateOnly(2025, 2, 3));
        Assert.Contains(Daily.Value, r => VietnamTime.DateOf(r.DueAt) == new DateOnly(2025, 4, 26)); // Saturday worked for the 2/5 swap
    }

    [Fact]
    public void ATaskDueOn30April2025IsRemindedBeforeTheHolidaysAndOverdueAfterThem()
    {
        var reminders = Daily.Value.Where(r => r.ItemRef == "9.1" && r.OfficerId == "lv.pnv.cv1" && r.Stage != ReminderStage.OverdueWeekly).ToDictionary(r => r.Stage, r => VietnamTime.DateOf(r.DueAt));

        Assert.Equal(new DateOnly(2025, 4, 23), reminders[ReminderStage.Before7Days]);
        Assert.Equal(new DateOnly(2025, 4, 26), reminders[ReminderStage.Before3Days]); // Sunday 27/4 → the Saturday worked
        Assert.Equal(new DateOnly(2025, 4, 29), reminders[ReminderStage.Before1WorkingDay]);
        Assert.Equal(new DateOnly(2025, 4, 29), reminders[ReminderStage.DueDay]);
        Assert.Equal(new DateOnly(2025, 5, 6), reminders[ReminderStage.Overdue1WorkingDay]); // legal due date Monday 05/5
        Assert.Equal(new DateOnly(2025, 5, 8), reminders[ReminderStage.Overdue3WorkingDays]);
    }

    [Fact]
    public void ATaskDueDuringTet2025IsDueBeforeTetAndOverdueAfterIt()
    {
        var reminders = Daily.Value.Where(r => r.ItemRef == "9.2").ToList();
        DateOnly On(ReminderStage stage) => VietnamTime.DateOf(reminders.Single(r => r.Stage == stage && r.OfficerId == "lv.vp.cv1").DueAt);

        Assert.Equal(new DateOnly(2025, 1, 24), On(ReminderStage.Before7Days));
        Assert.Equal(new DateOnly(2025, 1, 24), On(ReminderStage.Before3Days));
        Assert.Equal(new DateOnly(2025, 1, 24), On(ReminderStage.DueDay));
        Assert.Equal(new DateOnly(2025, 2, 4), On(ReminderStage.Overdue1WorkingDay)); // legal due date Monday 03/02
        Assert.Equal(new DateOnly(2025, 2, 6), On(ReminderStage.Overdue3WorkingDays));
        Assert.All(reminders, r => Assert.Equal(new DateOnly(2025, 2, 1), r.Occurrence));
        Assert.Contains(reminders, r => r.DedupeKey == "104/KH-UBND|task|9.2|2025-02-01|lv.vp.cv1|due");
        Assert.Contains(reminders, r => r.DedupeKey == "104/KH-UBND|task|9.2|2025-02-01|lv.vp.cv1|overdue-3wd");
        Assert.Contains(reminders, r => r.DedupeKey == "104/KH-UBND|task|9.2|2025-02-01|lv.vp.cvp|overdue-weekly-1" && VietnamTime.DateOf(r.DueAt) == new DateOnly(2025, 2, 10));
    }

    [Fact]
    public void WeeklyCheckInsComeOnTheFirstWorkingDayOfEachWeek()
    {
        var days = Daily.Value.Where(r => r.ItemRef == "9.5" && r.Stage == ReminderStage.CheckIn).Select(r => r.Occurrence).ToList();

        Assert.Contains(new DateOnly(2024, 12, 30), days); // the week of New Year's Day starts on a working Monday
        Assert.Contains(new DateOnly(2025, 4, 8), days); // Monday 07/4 is the Hùng Kings' commemoration
        Assert.Contains(new DateOnly(2025, 9, 3), days); // Monday 01/9 and Tuesday 02/9 are off
        Assert.Contains(new DateOnly(2025, 2, 3), days);
        Assert.DoesNotContain(days, d => d >= new DateOnly(2025, 1, 27) && d <= new DateOnly(2025, 2, 2)); // the Tết week has no working day
        Assert.All(days, d => Assert.Equal(d, VietnamTime.DateOf(Daily.Value.First(r => r.ItemRef == "9.5" && r.Occurrence == d).DueAt)));
        Assert.Equal(days.Count, days.Select(d => System.Globalization.ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)) + (100 * System.Globalization.ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)))).Distinct().Count());
        Assert.Equal(new DateOnly(2024, 3, 25), days.Min()); // the plan was issued on Friday 22/3/2024
    }

    [Fact]
    public void QuarterlyCheckInsComeWithTheQuarterReport()
    {
        var days = Daily.Value.Where(r => r.ItemRef == "9.6" && r.Stage == ReminderStage.CheckIn).Select(r => r.Occurrence).ToList();

        // March 2024's (12/3) is before the plan was issued on 22/3. 15/6/2024 is a Saturday (→ 14/6, then 11/6);
        // 15/9/2024 and 15/12/2024 are Sundays (→ 13/9, 13/12); 15/3/2025 a Saturday; 15/6/2025 a Sunday.
        Assert.Equal(
            [
                new DateOnly(2024, 6, 11), new DateOnly(2024, 9, 10), new DateOnly(2024, 12, 10),
                new DateOnly(2025, 3, 11), new DateOnly(2025, 6, 10), new DateOnly(2025, 9, 10), new DateOnly(2025, 12, 10),
            ],
            days);
    }

    [Fact]
    public void OneLongRangeIsTheUnionOfItsPieces()
    {
        var state = State();
        var planner = new ReminderPlanner(Calendar);
        var start = VietnamTime.ToUtc(First, TimeOnly.MinValue);
        var end = VietnamTime.ToUtc(Last.AddDays(1), TimeOnly.MinValue);
        var whole = planner.Due([state], [], _ => new ReminderPolicy(), start, end);

        // Pieces cut exactly at 08:00 on some days (a reminder due at a boundary belongs to the piece it ends), and at
        // odd lengths on others.
        var pieces = new List<PlannedReminder>();
        var lengths = new[] { TimeSpan.FromHours(24), TimeSpan.FromMinutes(1), TimeSpan.FromHours(8), TimeSpan.FromDays(9.5), TimeSpan.FromMinutes(59) };
        var after = start;
        for (var i = 0; after < end; i++)
        {
            var upTo = i % 7 == 3 ? VietnamTime.ToUtc(VietnamTime.DateOf(after).AddDays(1), new TimeOnly(8, 0)) : after + lengths[i % lengths.Length];
            upTo = upTo > end ? end : upTo;
            pieces.AddRange(planner.Due([state], [], _ => new ReminderPolicy(), after, upTo));
            after = upTo;
        }

        Assert.Equal(whole.Select(r => r.DedupeKey), pieces.Select(r => r.DedupeKey));
        Assert.Equal(whole.Select(r => r.DedupeKey), Daily.Value.Select(r => r.DedupeKey));
        Assert.Equal(whole, pieces);
    }

    private static List<PlannedReminder> SimulateDaily()
    {
        var state = State();
        var planner = new ReminderPlanner(Calendar);
        var all = new List<PlannedReminder>();
        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            all.AddRange(planner.Due([state], [], _ => new ReminderPolicy(), VietnamTime.ToUtc(day, TimeOnly.MinValue), VietnamTime.ToUtc(day.AddDays(1), TimeOnly.MinValue)));
        }

        return all;
    }

    /// <summary>Lấp Vò's plan with tasks due in 2025's holidays, check-ins of every cadence, and report periods through 2025.</summary>
    private static PlanReminderState State(int extraTasks = 0) => ReminderPlans.LapVoState(
        json =>
        {
            var tasks = json["tasks"]!.AsArray();
            tasks.Add(ReminderPlans.NewTask("9.1", "LV-PNV", "lv.pnv.cv1", "2025-04-30"));
            tasks.Add(ReminderPlans.NewTask("9.2", "LV-VP", "lv.vp.cv1", "2025-02-01"));
            tasks.Add(ReminderPlans.NewTask("9.3", "LV-PTCKH", "lv.ptckh.cv1", "2025-09-02"));
            tasks.Add(ReminderPlans.NewTask("9.4", "LV-PVHTT", "lv.pvhtt.cv1", "2025-09-01"));
            tasks.Add(ReminderPlans.NewTask("9.5", "LV-PNV", "lv.pnv.cv2", new JsonObject { ["kind"] = "ongoing", ["until"] = "2025-12-31", ["checkIn"] = "weekly" }));
            tasks.Add(ReminderPlans.NewTask("9.6", "LV-VP", "lv.vp.cv1", new JsonObject { ["kind"] = "ongoing", ["until"] = "2025-12-31", ["checkIn"] = "quarterly" }));
            tasks.Add(ReminderPlans.NewTask("9.7", "LV-PTCKH", "lv.ptckh.cv1", new JsonObject { ["kind"] = "year", ["year"] = 2025 }));
            tasks.Add(ReminderPlans.NewTask("9.8", "LV-PVHTT", "lv.pvhtt.cv1", "2025-05-01"));
            tasks.Add(ReminderPlans.NewTask("9.9", "LV-XA-BT", "lv.xa.ct", "2025-01-01"));
            tasks.Add(ReminderPlans.NewTask("9.10", "LV-TT", "lv.tt.ct", new JsonObject { ["kind"] = "ongoing", ["checkIn"] = "none" }));
            for (var i = 0; i < extraTasks; i++)
            {
                tasks.Add(ReminderPlans.NewTask($"X.{i}", "LV-PNV", i % 2 == 0 ? "lv.pnv.cv1" : "lv.pnv.cv2", new DateOnly(2025, 1, 1).AddDays(i * 3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            }
        },
        periodsTo: Last);
}
