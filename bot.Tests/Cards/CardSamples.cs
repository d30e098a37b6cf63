using ReformBot.Plans;

namespace ReformBot.Tests.Cards;

/// <summary>Domain values for the card factory tests.</summary>
public static class CardSamples
{
    public static readonly DateTimeOffset Now = new(2024, 11, 25, 8, 0, 0, TimeSpan.FromHours(7));

    public static Plan Plan() => ReformBot.Plans.Plan.Create(
        new PlanHeader("104/KH-UBND", "Kế hoạch nâng cao Chỉ số cải cách hành chính năm 2024", "UBND huyện Lập Võ",
            new DateOnly(2024, 3, 22), 2024, [ReformIndex.ParIndex], "NOIVU", []),
        Now);

    public static PlanTask Task(
        string taskRef = "2.a", Deadline? deadline = null, Score? score = null, string title = "Rà soát, công khai thủ tục hành chính trên Cổng dịch vụ công") =>
        new(1, new TaskEntry(taskRef, title, "Cải cách thủ tục hành chính", ReformIndex.ParIndex, "4.2. Công khai thủ tục hành chính",
            score ?? new Score(0.40m, 0.50m), null, ["NOIVU"], [], ["cv-1"], deadline ?? Deadline.On(new DateOnly(2024, 11, 30)), null, EvidenceRequired: true),
            ["cv-1"]);

    public static ReportSchedule Schedule() => new(1, new ReportEntry(
        "BC-THANG", "Báo cáo tiến độ thực hiện Kế hoạch", ReportCadence.Monthly, 2, null, null, ReportWindow.PreviousMonth, ["XA-1"], "NOIVU"));

    public static ReportPeriod Period() => new(1, new DateOnly(2024, 12, 2), new DateOnly(2024, 11, 1), new DateOnly(2024, 11, 30), "tháng 11/2024");
}
