using System.Globalization;
using ReformBot.Calendar;
using ReformBot.Reminders;

namespace ReformBot.Tests.Reminders;

/// <summary>
/// Every reminder of the Lấp Vò plan 104/KH-UBND in November and December 2024, worked out by hand from the policy
/// (../shared/DOMAIN.md) and the plan's tasks, officers and reports. November and December 2024 have no holiday, so
/// only weekends move dates; 01/01/2025 is a holiday.
/// </summary>
/// <remarks>
/// Reports submitted on time would otherwise repeat their overdue reminders every week from January on, drowning the
/// table; so every submission due before 03/11/2024 is marked sent except two: Thị trấn Lấp Vò's October report (due
/// Wednesday 02/10) and the Văn phòng's November report (due Saturday 02/11). The December and quarter IV reports are
/// owed by all seven units.
/// </remarks>
public sealed class ReminderPlannerTableTests
{
    /// <summary>Who writes each unit's report (its officers, else its heads), and with the heads added for escalations.</summary>
    private static readonly (string Unit, string[] Writers, string[] WithHeads)[] Units =
    [
        ("LV-PNV", ["lv.pnv.cv1", "lv.pnv.cv2"], ["lv.pnv.cv1", "lv.pnv.cv2", "lv.pnv.tp"]),
        ("LV-VP", ["lv.vp.cv1"], ["lv.vp.cv1", "lv.vp.cvp"]),
        ("LV-PTP", ["lv.ptp.tp"], ["lv.ptp.tp"]),
        ("LV-PTCKH", ["lv.ptckh.cv1"], ["lv.ptckh.cv1", "lv.ptckh.tp"]),
        ("LV-PVHTT", ["lv.pvhtt.cv1"], ["lv.pvhtt.cv1", "lv.pvhtt.tp"]),
        ("LV-XA-BT", ["lv.xa.ct"], ["lv.xa.ct"]),
        ("LV-TT", ["lv.tt.ct"], ["lv.tt.ct"]),
    ];

    [Fact]
    public void NovemberAndDecember2024AreExactlyTheTable()
    {
        var actual = Lines(PlanNovemberDecember());
        var expected = Expected();

        Assert.Equal(expected.Count, expected.Distinct().Count());
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"missing:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}{Environment.NewLine}extra:{Environment.NewLine}{string.Join(Environment.NewLine, extra)}");
        Assert.Equal(expected.Count, actual.Count);
    }

    [Fact]
    public void TheListIsOrderedByTimeOfficerAndKeyWithUniqueKeys()
    {
        var reminders = PlanNovemberDecember();

        var ordered = reminders
            .OrderBy(r => r.DueAt)
            .ThenBy(r => r.OfficerId, StringComparer.Ordinal)
            .ThenBy(r => r.DedupeKey, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(ordered, reminders);
        Assert.Equal(reminders.Count, reminders.Select(r => r.DedupeKey).Distinct(StringComparer.Ordinal).Count());
        Assert.All(reminders, r => Assert.Equal(1, r.PlanId));
    }

    [Fact]
    public void MonthlyReportDueMonday2December()
    {
        var reminders = PlanNovemberDecember().Where(r => r.ItemRef == "BC-THANG" && r.Occurrence == new DateOnly(2024, 12, 2)).ToList();

        var dueDay = reminders.Where(r => r.Stage == ReminderStage.DueDay).ToList();
        Assert.All(dueDay, r => Assert.Equal(At(2024, 12, 2), r.DueAt));
        Assert.Equal(
            Units.SelectMany(u => u.Writers.Select(o => $"{u.Unit} {o}")).Order(StringComparer.Ordinal),
            dueDay.Select(r => $"{r.UnitCode} {r.OfficerId}").Order(StringComparer.Ordinal));

        var before = reminders.Where(r => r.Stage == ReminderStage.Before3Days).ToList();
        Assert.Equal(8, before.Count);
        Assert.All(before, r => Assert.Equal(At(2024, 11, 27), r.DueAt));
        Assert.Contains(before, r => r.DedupeKey == "104/KH-UBND|report|BC-THANG|LV-PNV|2024-12-02|lv.pnv.cv1|before-3d");
    }

    [Fact]
    public void MonthlyCheckInsGoWithTheReportOn27November()
    {
        var checkIns = PlanNovemberDecember().Where(r => r.Stage == ReminderStage.CheckIn && r.DueAt == At(2024, 11, 27)).ToList();

        Assert.Equal(
            ["1.1 lv.pnv.cv1", "2.a lv.vp.cv1", "3.a lv.pnv.cv2", "II.2 lv.ptp.tp"],
            checkIns.Select(r => $"{r.ItemRef} {r.OfficerId}").Order(StringComparer.Ordinal));
        Assert.All(checkIns, r => Assert.Equal(new DateOnly(2024, 11, 27), r.Occurrence));
        Assert.Contains(checkIns, r => r.DedupeKey == "104/KH-UBND|task|3.a|2024-11-27|lv.pnv.cv2|check-in");
    }

    [Fact]
    public void QuarterlyReportDueSunday15DecemberIsRemindedFriday13AndOverdueFromTuesday17()
    {
        var reminders = PlanNovemberDecember().Where(r => r.Occurrence == new DateOnly(2024, 12, 15)).ToList();

        var dueDay = reminders.Where(r => r.Stage == ReminderStage.DueDay).ToList();
        Assert.Equal(8 + 2, dueDay.Count); // eight report writers, tasks 5.a and 6.c
        Assert.All(dueDay, r => Assert.Equal(At(2024, 12, 13), r.DueAt));
        Assert.All(reminders.Where(r => r.Subject == ReminderSubject.Report && r.Stage == ReminderStage.Before3Days), r => Assert.Equal(At(2024, 12, 10), r.DueAt));

        var overdue = reminders.Where(r => r.Stage >= ReminderStage.Overdue1WorkingDay).ToList();
        Assert.NotEmpty(overdue);
        Assert.All(overdue, r => Assert.True(r.DueAt >= At(2024, 12, 17), $"{r.DedupeKey} at {VietnamTime.ToLocal(r.DueAt)}"));
        Assert.Equal(At(2024, 12, 17), overdue.Where(r => r.Stage == ReminderStage.Overdue1WorkingDay).Select(r => r.DueAt).Distinct().Single());
        Assert.Equal(At(2024, 12, 19), overdue.Where(r => r.Stage == ReminderStage.Overdue3WorkingDays).Select(r => r.DueAt).Distinct().Single());
    }

    [Fact]
    public void TasksDueSaturday30NovemberAreDueFriday29AndOverdueFromTuesday3December()
    {
        var reminders = PlanNovemberDecember()
            .Where(r => r.Subject == ReminderSubject.Task && r.Occurrence == new DateOnly(2024, 11, 30))
            .ToList();

        Assert.Equal(["2.b", "6.a", "6.b", "6.d"], reminders.Select(r => r.ItemRef).Distinct().Order(StringComparer.Ordinal));
        Assert.All(reminders.Where(r => r.Stage is ReminderStage.DueDay or ReminderStage.Before1WorkingDay), r => Assert.Equal(At(2024, 11, 29), r.DueAt));
        Assert.Equal(At(2024, 12, 3), reminders.Where(r => r.Stage >= ReminderStage.Overdue1WorkingDay).Min(r => r.DueAt));
        Assert.Contains(reminders, r => r.DedupeKey == "104/KH-UBND|task|6.d|2024-11-30|lv.tt.ct|overdue-1wd");
        Assert.Contains(reminders, r => r.DedupeKey == "104/KH-UBND|task|6.b|2024-11-30|lv.vp.cvp|overdue-weekly-2" && r.Repeat == 2);
    }

    internal static IReadOnlyList<PlannedReminder> PlanNovemberDecember()
    {
        var state = ReminderPlans.LapVoState();
        state.SubmitAllDueBefore(
            new DateOnly(2024, 11, 3),
            ("BC-THANG", new DateOnly(2024, 10, 2), "LV-TT"),
            ("BC-THANG", new DateOnly(2024, 11, 2), "LV-VP"));
        return new ReminderPlanner(new WorkingCalendar()).Due(
            [state], [], _ => new ReminderPolicy(), VietnamTime.ToUtc(new DateOnly(2024, 11, 1), TimeOnly.MinValue), VietnamTime.ToUtc(new DateOnly(2025, 1, 1), TimeOnly.MinValue));
    }

    private static DateTimeOffset At(int year, int month, int day) => VietnamTime.ToUtc(new DateOnly(year, month, day), new TimeOnly(8, 0));

    private static List<string> Lines(IEnumerable<PlannedReminder> reminders) =>
    [
        .. reminders.Select(r =>
        {
            var stage = ReminderStages.WireName(r.Stage) + (r.Stage == ReminderStage.OverdueWeekly ? $"-{r.Repeat}" : string.Empty);
            var item = r.Subject == ReminderSubject.Task ? $"task {r.ItemRef}" : $"report {r.ItemRef}/{r.UnitCode}";
            var local = VietnamTime.ToLocal(r.DueAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"{local} {stage} {item}@{r.Occurrence:yyyy-MM-dd} {r.OfficerId}");
        }),
    ];

    /// <summary>The table, day by day. Task items are "ref@due date"; reports "code/unit@due date".</summary>
    private static List<string> Expected()
    {
        var e = new List<string>();

        void Task(string day, string stage, string item, params string[] officers) =>
            e.AddRange(officers.Select(o => $"{day} 08:00 {stage} task {item} {o}"));

        void Report(string day, string stage, string item, params string[] officers) =>
            e.AddRange(officers.Select(o => $"{day} 08:00 {stage} report {item} {o}"));

        void EveryUnit(string day, string stage, string code, string due, bool escalated)
        {
            foreach (var (unit, writers, withHeads) in Units)
            {
                Report(day, stage, $"{code}/{unit}@{due}", escalated ? withHeads : writers);
            }
        }

        // The four tasks due Saturday 30/11 (legal due date Monday 02/12), with their assignees and, when escalated, heads.
        void DueSaturday30November(string day, string stage, bool escalated)
        {
            Task(day, stage, "2.b@2024-11-30", escalated ? ["lv.vp.cv1", "lv.vp.cvp"] : ["lv.vp.cv1"]);
            Task(day, stage, "6.a@2024-11-30", escalated ? ["lv.pvhtt.cv1", "lv.pvhtt.tp"] : ["lv.pvhtt.cv1"]);
            Task(day, stage, "6.b@2024-11-30", escalated ? ["lv.pvhtt.cv1", "lv.vp.cv1", "lv.pvhtt.tp", "lv.vp.cvp"] : ["lv.pvhtt.cv1", "lv.vp.cv1"]);
            Task(day, stage, "6.d@2024-11-30", "lv.xa.ct", "lv.tt.ct"); // heads of their units themselves: nobody above them in the plan
        }

        // The two tasks due Sunday 15/12 (legal due date Monday 16/12).
        void DueSunday15December(string day, string stage, bool escalated)
        {
            Task(day, stage, "5.a@2024-12-15", escalated ? ["lv.ptckh.cv1", "lv.ptckh.tp"] : ["lv.ptckh.cv1"]);
            Task(day, stage, "6.c@2024-12-15", escalated ? ["lv.pvhtt.cv1", "lv.pvhtt.tp"] : ["lv.pvhtt.cv1"]);
        }

        // The two all-year tasks, closing Tuesday 31/12.
        void DueTuesday31December(string day, string stage)
        {
            Task(day, stage, "1.1@2024-12-31", "lv.pnv.cv1");
            Task(day, stage, "2.a@2024-12-31", "lv.vp.cv1");
        }

        void MonthlyCheckIns(string day)
        {
            Task(day, "check-in", $"1.1@{day}", "lv.pnv.cv1");
            Task(day, "check-in", $"2.a@{day}", "lv.vp.cv1");
            Task(day, "check-in", $"3.a@{day}", "lv.pnv.cv2");
            Task(day, "check-in", $"II.2@{day}", "lv.ptp.tp");
        }

        // 2.c was due Thursday 31/10: overdue 01/11, followed up Tuesday 05/11, then on the Mondays after with the head.
        const string Task2c = "2.c@2024-10-31";
        string[] vp = ["lv.vp.cv1", "lv.vp.cvp"];

        // 3.b was due Monday 30/09: followed up Thursday 03/10, then every Monday from 07/10 (week 5 is 04/11).
        const string Task3b = "3.b@2024-09-30";
        string[] pnv = ["lv.pnv.cv2", "lv.pnv.tp"];

        // Thị trấn's October report, due Wednesday 02/10: followed up Monday 07/10, then every Monday (week 5 is 04/11).
        const string TownOctober = "BC-THANG/LV-TT@2024-10-02";

        // Văn phòng's November report, due Saturday 02/11: due day Friday 01/11, legal due date Monday 04/11.
        const string OfficeNovember = "BC-THANG/LV-VP@2024-11-02";

        // The weekly digest day (Monday): everything still overdue comes back together, to the assignees and their heads.
        void Monday(string day, int task3b, int town, int? task2c, int? office)
        {
            Task(day, $"overdue-weekly-{task3b}", Task3b, pnv);
            Report(day, $"overdue-weekly-{town}", TownOctober, "lv.tt.ct");
            if (task2c is { } c)
            {
                Task(day, $"overdue-weekly-{c}", Task2c, vp);
            }

            if (office is { } o)
            {
                Report(day, $"overdue-weekly-{o}", OfficeNovember, vp);
            }
        }

        // Friday 01/11
        Task("2024-11-01", "overdue-1wd", Task2c, "lv.vp.cv1");
        Report("2024-11-01", "due", OfficeNovember, "lv.vp.cv1");

        // Monday 04/11
        Monday("2024-11-04", 5, 5, null, null);

        // Tuesday 05/11
        Task("2024-11-05", "overdue-3wd", Task2c, "lv.vp.cv1");
        Report("2024-11-05", "overdue-1wd", OfficeNovember, "lv.vp.cv1");

        // Thursday 07/11
        Report("2024-11-07", "overdue-3wd", OfficeNovember, "lv.vp.cv1");

        // Mondays 11/11 and 18/11
        Monday("2024-11-11", 6, 6, 1, 1);
        Monday("2024-11-18", 7, 7, 2, 2);

        // Friday 22/11: seven days before Saturday 30/11 is Saturday 23/11, a day off.
        DueSaturday30November("2024-11-22", "before-7d", escalated: false);

        // Monday 25/11
        Monday("2024-11-25", 8, 8, 3, 3);

        // Wednesday 27/11: three days before 30/11; three working days before the December report (Monday 02/12),
        // and the monthly check-ins that go with it.
        DueSaturday30November("2024-11-27", "before-3d", escalated: false);
        EveryUnit("2024-11-27", "before-3d", "BC-THANG", "2024-12-02", escalated: false);
        MonthlyCheckIns("2024-11-27");

        // Friday 29/11: the working day before 30/11 and the due day moved off Saturday.
        DueSaturday30November("2024-11-29", "before-1wd", escalated: false);
        DueSaturday30November("2024-11-29", "due", escalated: false);

        // Monday 02/12: the December report is due.
        Monday("2024-12-02", 9, 9, 4, 4);
        EveryUnit("2024-12-02", "due", "BC-THANG", "2024-12-02", escalated: false);

        // Tuesday 03/12: one working day after Monday 02/12.
        DueSaturday30November("2024-12-03", "overdue-1wd", escalated: false);
        EveryUnit("2024-12-03", "overdue-1wd", "BC-THANG", "2024-12-02", escalated: false);

        // Thursday 05/12: three working days after Monday 02/12, to the assignees only.
        DueSaturday30November("2024-12-05", "overdue-3wd", escalated: false);
        EveryUnit("2024-12-05", "overdue-3wd", "BC-THANG", "2024-12-02", escalated: false);

        // Friday 06/12: seven days before Sunday 15/12 is Sunday 08/12.
        DueSunday15December("2024-12-06", "before-7d", escalated: false);

        // Monday 09/12: the items followed up on 05/12 join the weekly digest, with the heads.
        Monday("2024-12-09", 10, 10, 5, 5);
        DueSaturday30November("2024-12-09", "overdue-weekly-1", escalated: true);
        EveryUnit("2024-12-09", "overdue-weekly-1", "BC-THANG", "2024-12-02", escalated: true);

        // Tuesday 10/12: three working days before Friday 13/12 (the quarter report's due day moved off Sunday 15/12).
        EveryUnit("2024-12-10", "before-3d", "BC-QUY", "2024-12-15", escalated: false);

        // Thursday 12/12
        DueSunday15December("2024-12-12", "before-3d", escalated: false);

        // Friday 13/12: the working day before Sunday 15/12, and its due day.
        DueSunday15December("2024-12-13", "before-1wd", escalated: false);
        DueSunday15December("2024-12-13", "due", escalated: false);
        EveryUnit("2024-12-13", "due", "BC-QUY", "2024-12-15", escalated: false);

        // Monday 16/12: the legal due date of 15/12, nothing of it overdue yet.
        Monday("2024-12-16", 11, 11, 6, 6);
        DueSaturday30November("2024-12-16", "overdue-weekly-2", escalated: true);
        EveryUnit("2024-12-16", "overdue-weekly-2", "BC-THANG", "2024-12-02", escalated: true);

        // Tuesday 17/12
        DueSunday15December("2024-12-17", "overdue-1wd", escalated: false);
        EveryUnit("2024-12-17", "overdue-1wd", "BC-QUY", "2024-12-15", escalated: false);

        // Thursday 19/12
        DueSunday15December("2024-12-19", "overdue-3wd", escalated: false);
        EveryUnit("2024-12-19", "overdue-3wd", "BC-QUY", "2024-12-15", escalated: false);

        // Monday 23/12, Tuesday 24/12
        Monday("2024-12-23", 12, 12, 7, 7);
        DueSaturday30November("2024-12-23", "overdue-weekly-3", escalated: true);
        EveryUnit("2024-12-23", "overdue-weekly-3", "BC-THANG", "2024-12-02", escalated: true);
        DueSunday15December("2024-12-23", "overdue-weekly-1", escalated: true);
        EveryUnit("2024-12-23", "overdue-weekly-1", "BC-QUY", "2024-12-15", escalated: true);
        DueTuesday31December("2024-12-24", "before-7d");

        // Friday 27/12: three days before 31/12 is Saturday 28/12; the January report (Thursday 02/01/2025, after the
        // New Year holiday) is three working days later, and its check-ins come with it.
        DueTuesday31December("2024-12-27", "before-3d");
        EveryUnit("2024-12-27", "before-3d", "BC-THANG", "2025-01-02", escalated: false);
        MonthlyCheckIns("2024-12-27");

        // Monday 30/12, Tuesday 31/12
        Monday("2024-12-30", 13, 13, 8, 8);
        DueSaturday30November("2024-12-30", "overdue-weekly-4", escalated: true);
        EveryUnit("2024-12-30", "overdue-weekly-4", "BC-THANG", "2024-12-02", escalated: true);
        DueSunday15December("2024-12-30", "overdue-weekly-2", escalated: true);
        EveryUnit("2024-12-30", "overdue-weekly-2", "BC-QUY", "2024-12-15", escalated: true);
        DueTuesday31December("2024-12-30", "before-1wd");
        DueTuesday31December("2024-12-31", "due");

        return e;
    }
}
