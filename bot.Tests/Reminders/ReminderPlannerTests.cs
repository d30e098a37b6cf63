using System.Globalization;
using System.Text.Json.Nodes;
using ReformBot.Calendar;
using ReformBot.Plans;
using ReformBot.Reminders;

namespace ReformBot.Tests.Reminders;

/// <summary>How the state of the work changes the reminders: done, cancelled, submitted, extended, snoozed, escalated, per-plan policy.</summary>
public sealed class ReminderPlannerTests
{
    private const string Plan = "104/KH-UBND";
    private static readonly ReminderPlanner Planner = new(new WorkingCalendar());
    private static readonly DateTimeOffset November = Local("2024-11-01 00:00");
    private static readonly DateTimeOffset January = Local("2025-01-01 00:00");

    [Fact]
    public void DoneAndCancelledTasksGetNothing()
    {
        var state = ReminderPlans.LapVoState();
        state.Task("2.b").Update(TaskState.Done, 100, "lv.vp.cv1", "test", null, Local("2024-11-20 10:00"));
        state.Task("6.a").Cancel();
        state.Task("1.1").Update(TaskState.Done, 100, "lv.pnv.cv1", "test", null, Local("2024-11-20 10:00"));

        var reminders = Plan2(state);

        Assert.DoesNotContain(reminders, r => r.ItemRef is "2.b" or "6.a" or "1.1");
        Assert.Contains(reminders, r => r.ItemRef == "6.b" && r.Stage == ReminderStage.DueDay);
        Assert.Contains(reminders, r => r.ItemRef == "2.a" && r.Stage == ReminderStage.CheckIn);
    }

    [Fact]
    public void BlockedAndInProgressTasksAreStillReminded()
    {
        var state = ReminderPlans.LapVoState();
        state.Task("2.b").Update(TaskState.Blocked, 40, "lv.vp.cv1", "test", "vướng", Local("2024-11-20 10:00"));
        state.Task("6.a").Update(TaskState.InProgress, 70, "lv.pvhtt.cv1", "test", null, Local("2024-11-20 10:00"));

        var reminders = Plan2(state);

        Assert.Contains(reminders, r => r.DedupeKey == $"{Plan}|task|2.b|2024-11-30|lv.vp.cv1|due");
        Assert.Contains(reminders, r => r.DedupeKey == $"{Plan}|task|6.a|2024-11-30|lv.pvhtt.cv1|overdue-3wd");
        Assert.Contains(reminders, r => r.DedupeKey == $"{Plan}|task|6.a|2024-11-30|lv.pvhtt.tp|overdue-weekly-1");
    }

    [Fact]
    public void ASubmittedReportEndsThatUnitsRemindersOnly()
    {
        var state = ReminderPlans.LapVoState();
        foreach (var submission in state.Submissions("BC-QUY", new DateOnly(2024, 12, 15), "LV-PNV"))
        {
            submission.MarkSubmitted("lv.pnv.cv1", "test", null, Local("2024-12-11 15:00"));
        }

        var quarter = Plan2(state).Where(r => r.ItemRef == "BC-QUY" && r.Occurrence == new DateOnly(2024, 12, 15)).ToList();

        Assert.DoesNotContain(quarter, r => r.UnitCode == "LV-PNV");
        Assert.Equal(["LV-PTCKH", "LV-PTP", "LV-PVHTT", "LV-TT", "LV-VP", "LV-XA-BT"], quarter.Select(r => r.UnitCode!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ACancelledScheduleGetsNothing()
    {
        var state = ReminderPlans.LapVoState();
        state.Reports.Single(r => r.Code == "BC-QUY").Cancel();

        var reminders = Plan2(state);

        Assert.DoesNotContain(reminders, r => r.ItemRef == "BC-QUY");
        Assert.Contains(reminders, r => r.ItemRef == "BC-THANG");
    }

    [Fact]
    public void AnExtensionMovesTheRemindersToTheNewDate()
    {
        var state = ReminderPlans.LapVoState();
        var before = Plan2(state).Where(r => r.ItemRef == "5.a").ToList();
        state.Task("5.a").ExtendTo(new DateOnly(2024, 12, 31));

        var after = Plan2(state).Where(r => r.ItemRef == "5.a").ToList();

        Assert.All(before, r => Assert.Equal(new DateOnly(2024, 12, 15), r.Occurrence));
        Assert.All(after, r => Assert.Equal(new DateOnly(2024, 12, 31), r.Occurrence));
        Assert.Equal(
            [
                $"2024-12-24 08:00 {Plan}|task|5.a|2024-12-31|lv.ptckh.cv1|before-7d",
                $"2024-12-27 08:00 {Plan}|task|5.a|2024-12-31|lv.ptckh.cv1|before-3d",
                $"2024-12-30 08:00 {Plan}|task|5.a|2024-12-31|lv.ptckh.cv1|before-1wd",
                $"2024-12-31 08:00 {Plan}|task|5.a|2024-12-31|lv.ptckh.cv1|due",
            ],
            after.Select(Line));
        Assert.Empty(before.Select(r => r.DedupeKey).Intersect(after.Select(r => r.DedupeKey)));
    }

    [Fact]
    public void ExtendingAnAllYearTaskKeepsItsCheckIns()
    {
        var state = ReminderPlans.LapVoState();
        state.Task("1.1").ExtendTo(new DateOnly(2025, 1, 31));

        var reminders = Planner.Due([state], [], _ => new ReminderPolicy(), January, Local("2025-03-01 00:00")).Where(r => r.ItemRef == "1.1").ToList();

        Assert.Contains(reminders, r => r.Stage == ReminderStage.CheckIn && r.Occurrence == new DateOnly(2025, 1, 21)); // for the report due 02/02, in Tết
        Assert.Contains(reminders, r => r.DedupeKey == $"{Plan}|task|1.1|2025-01-31|lv.pnv.cv1|due" && VietnamTime.DateOf(r.DueAt) == new DateOnly(2025, 1, 24));
        Assert.DoesNotContain(reminders, r => r.Stage == ReminderStage.CheckIn && r.Occurrence > new DateOnly(2025, 1, 31));
    }

    [Fact]
    public void ASnoozeHoldsBackTheOfficersRemindersOfThatItemAndAddsOne()
    {
        var state = ReminderPlans.LapVoState();
        var snooze = new ReminderSnooze("lv.ptckh.cv1", Plan, ReminderSubject.Task, "5.a", null, Local("2024-12-12 09:00"), Local("2024-12-14 10:00"));

        var reminders = Planner.Due([state], [snooze], _ => new ReminderPolicy(), November, January);

        Assert.Equal(
            [
                $"2024-12-06 08:00 {Plan}|task|5.a|2024-12-15|lv.ptckh.cv1|before-7d",
                $"2024-12-12 08:00 {Plan}|task|5.a|2024-12-15|lv.ptckh.cv1|before-3d", // before the snooze was asked for
                $"2024-12-16 08:00 {Plan}|task|5.a|2024-12-14|lv.ptckh.cv1|snoozed", // Saturday 10:00 → Monday morning
                $"2024-12-17 08:00 {Plan}|task|5.a|2024-12-15|lv.ptckh.cv1|overdue-1wd",
                $"2024-12-19 08:00 {Plan}|task|5.a|2024-12-15|lv.ptckh.cv1|overdue-3wd",
                $"2024-12-23 08:00 {Plan}|task|5.a|2024-12-15|lv.ptckh.cv1|overdue-weekly-1", // the Mondays after it
                $"2024-12-30 08:00 {Plan}|task|5.a|2024-12-15|lv.ptckh.cv1|overdue-weekly-2",
            ],
            reminders.Where(r => r.ItemRef == "5.a" && r.OfficerId == "lv.ptckh.cv1").Select(Line));
        var snoozed = reminders.Single(r => r.Stage == ReminderStage.Snoozed);
        Assert.Equal((ReminderSubject.Task, "5.a", (string?)null, new DateOnly(2024, 12, 14), 1), (snoozed.Subject, snoozed.ItemRef, snoozed.UnitCode, snoozed.Occurrence, snoozed.PlanId));

        // Others, and the officer's other items, are not held back.
        Assert.Contains(reminders, r => r.DedupeKey == $"{Plan}|task|6.c|2024-12-15|lv.pvhtt.cv1|due");
        Assert.Contains(reminders, r => r.DedupeKey == $"{Plan}|report|BC-QUY|LV-PTCKH|2024-12-15|lv.ptckh.cv1|due");
    }

    [Theory]
    [InlineData("2024-12-13 06:00", "2024-12-13 08:00")]
    [InlineData("2024-12-13 07:30", "2024-12-13 07:30")]
    [InlineData("2024-12-13 14:15", "2024-12-13 14:15")]
    [InlineData("2024-12-13 17:30", "2024-12-13 17:30")]
    [InlineData("2024-12-13 17:45", "2024-12-16 08:00")]
    [InlineData("2024-12-14 10:00", "2024-12-16 08:00")]
    [InlineData("2025-01-24 18:00", "2025-02-03 08:00")]
    [InlineData("2025-04-29 23:00", "2025-05-05 08:00")]
    public void ASnoozedReminderComesInWorkingHours(string until, string expected)
    {
        var state = ReminderPlans.LapVoState();
        var untilAt = Local(until);
        var snooze = new ReminderSnooze("lv.ptckh.cv1", Plan, ReminderSubject.Task, "5.a", null, untilAt.AddDays(-1), untilAt);

        var snoozed = Planner.Due([state], [snooze], _ => new ReminderPolicy(), untilAt.AddDays(-2), untilAt.AddDays(15)).Single(r => r.Stage == ReminderStage.Snoozed);

        Assert.Equal(Local(expected), snoozed.DueAt);
        Assert.Equal(VietnamTime.DateOf(untilAt), snoozed.Occurrence);
    }

    [Fact]
    public void ASnoozeOfAReportHoldsBackThatUnitsReportOnly()
    {
        var state = ReminderPlans.LapVoState();
        var snooze = new ReminderSnooze("lv.vp.cv1", Plan, ReminderSubject.Report, "BC-THANG", "LV-VP", Local("2024-12-02 09:00"), Local("2024-12-04 09:00"));

        var reminders = Planner.Due([state], [snooze], _ => new ReminderPolicy(), Local("2024-12-02 00:00"), Local("2024-12-06 00:00"));

        Assert.DoesNotContain(reminders, r => r.DedupeKey == $"{Plan}|report|BC-THANG|LV-VP|2024-12-02|lv.vp.cv1|overdue-1wd");
        Assert.Contains(reminders, r => r.DedupeKey == $"{Plan}|report|BC-THANG|LV-VP|2024-12-02|lv.vp.cv1|due"); // 08:00, before the snooze
        Assert.Contains(reminders, r => r.DedupeKey == $"{Plan}|report|BC-THANG|LV-VP|2024-12-04|lv.vp.cv1|snoozed" && r.DueAt == Local("2024-12-04 09:00") && r.UnitCode == "LV-VP");
        Assert.Contains(reminders, r => r.DedupeKey == $"{Plan}|report|BC-THANG|LV-PNV|2024-12-02|lv.pnv.cv1|overdue-1wd");
        Assert.Contains(reminders, r => r.DedupeKey == $"{Plan}|task|2.b|2024-11-30|lv.vp.cv1|overdue-1wd"); // a task of the same officer
        Assert.Contains(reminders, r => r.DedupeKey == $"{Plan}|report|BC-THANG|LV-VP|2024-12-02|lv.vp.cv1|overdue-3wd"); // after the snooze
    }

    [Fact]
    public void ASnoozeOfAClosedItemOrByAStrangerAddsNothing()
    {
        var state = ReminderPlans.LapVoState();
        state.Task("2.b").Update(TaskState.Done, 100, "lv.vp.cv1", "test", null, Local("2024-11-20 10:00"));
        foreach (var submission in state.Submissions("BC-THANG", unit: "LV-VP"))
        {
            submission.MarkSubmitted("lv.vp.cv1", "test", null, Local("2024-11-20 10:00"));
        }

        ReminderSnooze[] snoozes =
        [
            new("lv.vp.cv1", Plan, ReminderSubject.Task, "2.b", null, Local("2024-11-25 09:00"), Local("2024-11-27 09:00")),
            new("lv.vp.cv1", Plan, ReminderSubject.Report, "BC-THANG", "LV-VP", Local("2024-11-25 09:00"), Local("2024-11-27 09:00")),
            new("nobody", Plan, ReminderSubject.Task, "6.a", null, Local("2024-11-25 09:00"), Local("2024-11-27 09:00")),
            new("lv.vp.cv1", "other-plan", ReminderSubject.Task, "6.b", null, Local("2024-11-25 09:00"), Local("2024-11-27 09:00")),
            new("lv.vp.cv1", Plan, ReminderSubject.Task, "no-such-task", null, Local("2024-11-25 09:00"), Local("2024-11-27 09:00")),
        ];

        var reminders = Planner.Due([state], snoozes, _ => new ReminderPolicy(), November, January);

        Assert.DoesNotContain(reminders, r => r.Stage == ReminderStage.Snoozed);
        Assert.Contains(reminders, r => r.DedupeKey == $"{Plan}|task|6.b|2024-11-30|lv.vp.cv1|before-3d"); // another plan's snooze holds nothing here
    }

    [Fact]
    public void TheAssigneesHeadHearsOfAnOverdueTaskOnTheWeeklyDayAfterTheThreeDayFollowUp()
    {
        var reminders = Plan2(ReminderPlans.LapVoState());

        var escalation = Assert.Single(reminders, r => r.ItemRef == "6.a" && r.Stage == ReminderStage.Overdue3WorkingDays);
        Assert.Equal("lv.pvhtt.cv1", escalation.OfficerId);
        Assert.Equal(Local("2024-12-05 08:00"), escalation.DueAt);
        var head = reminders.Where(r => r.ItemRef == "6.a" && r.OfficerId == "lv.pvhtt.tp").ToList();
        Assert.Equal([Local("2024-12-09 08:00"), Local("2024-12-16 08:00"), Local("2024-12-23 08:00"), Local("2024-12-30 08:00")], head.Select(r => r.DueAt));
        Assert.All(head, r => Assert.Equal(ReminderStage.OverdueWeekly, r.Stage));
        Assert.Contains(head, r => r.DedupeKey == $"{Plan}|task|6.a|2024-11-30|lv.pvhtt.tp|overdue-weekly-1");
    }

    [Fact]
    public void TheWeeklyDigestDayIsOneForAllOverdueItemsAndMovesOffADayOff()
    {
        var policy = new ReminderPolicy { WeeklyDigestDay = DayOfWeek.Wednesday };
        var weekly = Planner.Due([ReminderPlans.LapVoState()], [], _ => policy, November, January).Where(r => r.Stage == ReminderStage.OverdueWeekly).ToList();

        Assert.NotEmpty(weekly);
        Assert.All(weekly, r => Assert.Equal(DayOfWeek.Wednesday, VietnamTime.DateOf(r.DueAt).DayOfWeek));
        Assert.True(weekly.Select(r => (r.Subject, r.ItemRef, r.UnitCode, r.Occurrence)).Distinct().Count() > 3);

        // Sunday is a day off: the digest comes on Monday.
        var sunday = new ReminderPolicy { WeeklyDigestDay = DayOfWeek.Sunday };
        Assert.All(
            Planner.Due([ReminderPlans.LapVoState()], [], _ => sunday, November, January).Where(r => r.Stage == ReminderStage.OverdueWeekly),
            r => Assert.Equal(DayOfWeek.Monday, VietnamTime.DateOf(r.DueAt).DayOfWeek));
    }

    [Fact]
    public void AHeadWithoutAnotherHeadInTheirUnitAnswersToTheHeadsAbove()
    {
        var state = ReminderPlans.LapVoState(json =>
        {
            json["officers"]!.AsArray().Add(Officer("lv.ct", "LV", "unitHead"));
            json["officers"]!.AsArray().Add(Officer("lv.ttth.cv1", "LV-TTTH", "officer"));
            var tasks = json["tasks"]!.AsArray();
            tasks.Add(ReminderPlans.NewTask("9.1", "LV-PTP", "lv.ptp.tp", "2024-11-29"));
            tasks.Add(ReminderPlans.NewTask("9.2", "LV-TTTH", "lv.ttth.cv1", "2024-11-29"));
            tasks.Add(ReminderPlans.NewTask("9.3", "LV-PNV", "lv.pnv.tp", "2024-11-29"));
        });

        var escalations = Plan2(state).Where(r => r.ItemRef.StartsWith("9.", StringComparison.Ordinal) && r.Stage == ReminderStage.OverdueWeekly && r.Repeat == 1).ToList();

        Assert.Equal(
            ["9.1 lv.ct", "9.1 lv.ptp.tp", "9.2 lv.ct", "9.2 lv.ttth.cv1", "9.3 lv.ct", "9.3 lv.pnv.tp"],
            escalations.Select(r => $"{r.ItemRef} {r.OfficerId}").Order(StringComparer.Ordinal));
        Assert.All(escalations, r => Assert.Equal(Local("2024-12-09 08:00"), r.DueAt)); // Friday 29/11 + 3 working days, then the Monday after
    }

    [Fact]
    public void AReportOfAUnitWithoutOfficersGoesToItsHeadAndEscalatesAbove()
    {
        var state = ReminderPlans.LapVoState(json =>
        {
            json["officers"]!.AsArray().Add(Officer("lv.ct", "LV", "unitHead"));
            json["officers"]!.AsArray().Add(Officer("lv.ttth.gd", "LV-TTTH", "unitHead"));
            var report = json["reports"]!.AsArray()[0]!.AsObject();
            report["submitters"]!.AsArray().Add("LV-TTTH");
            report["submitters"]!.AsArray().Add("LV");
        });
        state.SubmitAllDueBefore(new DateOnly(2024, 11, 3));

        var reminders = Plan2(state).Where(r => r.ItemRef == "BC-THANG" && r.Occurrence == new DateOnly(2024, 12, 2)).ToList();

        Assert.Equal(["lv.ttth.gd"], reminders.Where(r => r.UnitCode == "LV-TTTH" && r.Stage == ReminderStage.DueDay).Select(r => r.OfficerId));
        Assert.Equal(["lv.ttth.gd"], reminders.Where(r => r.UnitCode == "LV-TTTH" && r.Stage == ReminderStage.Overdue3WorkingDays).Select(r => r.OfficerId));
        Assert.Equal(["lv.ct"], reminders.Where(r => r.UnitCode == "LV" && r.Stage == ReminderStage.Overdue3WorkingDays).Select(r => r.OfficerId));
        Assert.Equal(["lv.ptp.tp"], reminders.Where(r => r.UnitCode == "LV-PTP" && r.Stage == ReminderStage.Overdue3WorkingDays).Select(r => r.OfficerId));
    }

    [Fact]
    public void OfficersUnknownToThePlanGetNothing()
    {
        var full = ReminderPlans.LapVoState();
        var state = full with { Officers = [.. full.Officers.Where(o => o.OfficerId != "lv.vp.cv1")] };

        var reminders = Plan2(state);

        Assert.DoesNotContain(reminders, r => r.OfficerId == "lv.vp.cv1");
        Assert.DoesNotContain(reminders, r => r.ItemRef == "2.b"); // nobody left to chase, and no assignee whose head to tell
        Assert.Contains(reminders, r => r.DedupeKey == $"{Plan}|task|6.b|2024-11-30|lv.pvhtt.cv1|due");
        Assert.Contains(reminders, r => r.DedupeKey == $"{Plan}|report|BC-THANG|LV-VP|2024-12-02|lv.vp.cvp|due"); // the unit's head writes instead
    }

    [Fact]
    public void EachPlanHasItsOwnPolicy()
    {
        var lapVo = ReminderPlans.LapVoState();
        var other = ReminderPlans.LapVoState(json => json["plan"]!["code"] = "105/KH-UBND");
        var fiveDays = new ReminderPolicy { DaysBefore = [5], At = new TimeOnly(9, 30) };

        var reminders = Planner.Due([lapVo, other], [], code => code == Plan ? fiveDays : new ReminderPolicy(), November, January)
            .Where(r => r.ItemRef == "5.a" && r.Stage < ReminderStage.DueDay)
            .ToList();

        Assert.Equal(
            [
                "2024-12-06 08:00 105/KH-UBND|task|5.a|2024-12-15|lv.ptckh.cv1|before-7d",
                $"2024-12-10 09:30 {Plan}|task|5.a|2024-12-15|lv.ptckh.cv1|before-7d", // five days before Sunday 15/12
                "2024-12-12 08:00 105/KH-UBND|task|5.a|2024-12-15|lv.ptckh.cv1|before-3d",
                "2024-12-13 08:00 105/KH-UBND|task|5.a|2024-12-15|lv.ptckh.cv1|before-1wd",
                $"2024-12-13 09:30 {Plan}|task|5.a|2024-12-15|lv.ptckh.cv1|before-1wd",
            ],
            reminders.Select(Line));
    }

    [Fact]
    public void PolicySettingsTurnStagesOffAndMoveThem()
    {
        var policy = new ReminderPolicy
        {
            DaysBefore = [],
            WorkingDaysBefore = 0,
            OnDueDay = false,
            ReportWorkingDaysBefore = 5,
            OverdueAfterWorkingDays = 2,
            EscalateAfterWorkingDays = 4,
            DefaultCheckIn = CheckInCadence.None,
        };
        var state = ReminderPlans.LapVoState(json => json["tasks"]!.AsArray().Add(
            ReminderPlans.NewTask("9.1", "LV-PNV", "lv.pnv.cv1", new JsonObject { ["kind"] = "ongoing", ["until"] = "2024-12-20" })));

        var reminders = Planner.Due([state], [], _ => policy, November, January);

        Assert.Equal(
            [
                $"2024-12-24 08:00 {Plan}|task|9.1|2024-12-20|lv.pnv.cv1|overdue-1wd", // Friday 20/12 + 2 working days
                $"2024-12-26 08:00 {Plan}|task|9.1|2024-12-20|lv.pnv.cv1|overdue-3wd", // + 4 working days
                $"2024-12-30 08:00 {Plan}|task|9.1|2024-12-20|lv.pnv.cv1|overdue-weekly-1", // the Monday after, with the head
                $"2024-12-30 08:00 {Plan}|task|9.1|2024-12-20|lv.pnv.tp|overdue-weekly-1",
            ],
            reminders.Where(r => r.ItemRef == "9.1").Select(Line));
        Assert.DoesNotContain(reminders, r => r.Stage == ReminderStage.CheckIn && r.ItemRef != "1.1" && r.ItemRef != "2.a" && r.ItemRef != "3.a" && r.ItemRef != "II.2");
        Assert.Contains(reminders, r => r.DedupeKey == $"{Plan}|report|BC-THANG|LV-PNV|2024-12-02|lv.pnv.cv1|before-3d" && r.DueAt == Local("2024-11-25 08:00"));
        Assert.Contains(reminders, r => r.DedupeKey == $"{Plan}|report|BC-THANG|LV-PNV|2024-12-02|lv.pnv.tp|overdue-weekly-1" && r.DueAt == Local("2024-12-09 08:00"));
        Assert.DoesNotContain(reminders, r => r.Stage is ReminderStage.Before7Days or ReminderStage.Before1WorkingDay or ReminderStage.DueDay);
    }

    [Fact]
    public void AnEmptyOrBackwardRangeHasNothing()
    {
        var state = ReminderPlans.LapVoState();

        Assert.Empty(Planner.Due([state], [], _ => new ReminderPolicy(), January, November));
        Assert.Empty(Planner.Due([state], [], _ => new ReminderPolicy(), Local("2024-12-02 08:00"), Local("2024-12-02 08:00")));
        Assert.NotEmpty(Planner.Due([state], [], _ => new ReminderPolicy(), Local("2024-12-02 07:59"), Local("2024-12-02 08:00")));
        Assert.Empty(Planner.Due([state], [], _ => new ReminderPolicy(), Local("2024-12-02 08:00"), Local("2024-12-02 08:01")));
    }

    [Fact]
    public void StageWireNamesGoBothWays()
    {
        foreach (var stage in Enum.GetValues<ReminderStage>())
        {
            Assert.True(ReminderStages.TryParse(ReminderStages.WireName(stage), out var parsed));
            Assert.Equal(stage, parsed);
        }

        Assert.Equal(
            ["before-7d", "before-3d", "before-1wd", "due", "overdue-1wd", "overdue-3wd", "overdue-weekly", "check-in", "snoozed"],
            Enum.GetValues<ReminderStage>().Select(ReminderStages.WireName));
        Assert.False(ReminderStages.TryParse("overdue-weekly-2", out _));
        Assert.False(ReminderStages.TryParse("DUE", out _));
        Assert.False(ReminderStages.TryParse(string.Empty, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReminderStages.WireName((ReminderStage)99));
    }

    /// <summary>November and December 2024 with the default policy.</summary>
    private static IReadOnlyList<PlannedReminder> Plan2(PlanReminderState state) =>
        Planner.Due([state], [], _ => new ReminderPolicy(), November, January);

    private static DateTimeOffset Local(string text) =>
        VietnamTime.ToUtc(DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));

    private static string Line(PlannedReminder r) =>
        $"{VietnamTime.ToLocal(r.DueAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {r.DedupeKey}";

    private static JsonObject Officer(string id, string unit, string role) => new()
    {
        ["id"] = id,
        ["name"] = id,
        ["unit"] = unit,
        ["roles"] = new JsonArray(role),
    };
}
