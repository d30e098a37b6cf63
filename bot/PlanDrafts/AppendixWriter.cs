using System.Globalization;
using ReformBot.Plans;

namespace ReformBot.PlanDrafts;

/// <summary>
/// Writes a plan as the appendix coordinators keep in Excel: the plan's number and title, the task table (one row per
/// task, in the words <see cref="TaskTableHeader"/> recognises) and a sheet of units and officers. Drafting the file
/// back gives the same plan.
/// </summary>
internal static class AppendixWriter
{
    public const string TaskSheet = "Phụ lục";
    public const string DirectorySheet = "Đơn vị";

    public static readonly IReadOnlyList<string> TaskHeader =
    [
        "STT", "Lĩnh vực", "Chỉ số", "Tiêu chí", "Điểm đạt được", "Điểm tối đa", "Nhiệm vụ, giải pháp", "Mục tiêu",
        "Cơ quan chủ trì", "Cơ quan phối hợp", "Người thực hiện", "Thời hạn hoàn thành", "Nhắc việc", "Tài liệu kiểm chứng",
    ];

    public static byte[] Write(PlanFile plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var names = plan.Units.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var officers = plan.Officers.ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
        string Units(IEnumerable<string> codes) => string.Join(";\n", codes.Select(c => names.GetValueOrDefault(c, c)));
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { names.GetValueOrDefault(plan.Plan.Issuer, plan.Plan.Issuer).ToUpper(CultureInfo.GetCultureInfo("vi-VN")) },
            new[] { $"Số: {plan.Plan.Code}" },
            plan.Plan.IssuedOn is { } on ? new[] { string.Create(CultureInfo.InvariantCulture, $"ngày {on.Day} tháng {on.Month} năm {on.Year}") } : [],
            Line("KẾ HOẠCH"),
            new[] { plan.Plan.Title },
            Array.Empty<string>(),
            TaskHeader,
        };
        foreach (var t in plan.Tasks)
        {
            rows.Add(
            [
                t.Ref,
                t.Field ?? string.Empty,
                t.Index is { } index ? PlanFileWireNames.Of(PlanFileWireNames.Indices, index).Replace('_', ' ') : string.Empty,
                t.Criterion ?? string.Empty,
                t.Score is { } s ? Number(s.Current) : string.Empty,
                t.Score is { } m ? Number(m.Max) : string.Empty,
                t.Title,
                t.Target ?? string.Empty,
                Units(t.Lead),
                Units(t.Coordinating),
                t.Assignees is null ? string.Empty : string.Join(";\n", t.Assignees.Select(a => officers.TryGetValue(a, out var name) && IsUniqueName(plan, a) ? name : a)),
                DeadlineText(t.Deadline, t.DeadlineText, plan.Plan.Year),
                t.Deadline.Kind == DeadlineKind.Date ? string.Empty : CheckIn(t.Deadline.CheckIn),
                t.EvidenceRequired ? "Có" : string.Empty,
            ]);
        }

        return XlsxSheetWriter.Write([(TaskSheet, rows), (DirectorySheet, DirectoryRows(plan))]);
    }

    /// <summary>The units and officers, in the columns <see cref="DirectorySheetReader"/> reads.</summary>
    public static List<IReadOnlyList<string>> DirectoryRows(PlanFile plan)
    {
        var names = plan.Units.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var rows = new List<IReadOnlyList<string>> { DirectorySheetReader.Header };
        foreach (var unit in plan.Units)
        {
            var parent = unit.Parent is null ? string.Empty : names.GetValueOrDefault(unit.Parent, unit.Parent);
            var members = plan.Officers.Where(o => o.Unit == unit.Code).ToList();
            if (members.Count == 0)
            {
                rows.Add([unit.Code, unit.Name, parent]);
            }

            foreach (var o in members)
            {
                rows.Add(
                [
                    unit.Code, unit.Name, parent, o.Id, o.Name, string.Empty,
                    string.Join(", ", o.Roles.Select(r => PlanFileWireNames.Of(PlanFileWireNames.Roles, r))),
                    o.Phone ?? string.Empty, o.Email ?? string.Empty,
                    string.Join(", ", o.Accounts.Where(a => a.Channel == "msteams").Select(a => a.AadObjectId is null ? a.Id : $"{a.Id} | {a.AadObjectId}")),
                    string.Join(", ", o.Accounts.Where(a => a.Channel == "zalo").Select(a => a.Id)),
                ]);
            }
        }

        return rows;
    }

    private static string[] Line(string text) => [text];

    private static bool IsUniqueName(PlanFile plan, string id)
    {
        var name = TextFolding.Fold(plan.Officers.First(o => o.Id == id).Name);
        return plan.Officers.Count(o => TextFolding.Fold(o.Name) == name) == 1;
    }

    /// <summary>The plan's own words when they read back to the same deadline, else a canonical form.</summary>
    private static string DeadlineText(Deadline deadline, string? text, int year)
    {
        if (text is not null && DeadlineReader.Read(text, year) is { } read && Same(read, deadline))
        {
            return text;
        }

        static string D(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return deadline.Kind switch
        {
            DeadlineKind.Date => $"Xong trước {D(deadline.Date!.Value)}",
            DeadlineKind.Ongoing => deadline.Until is { } until ? $"Thường xuyên, xong trước {D(until)}" : "Thường xuyên",
            _ => string.Create(CultureInfo.InvariantCulture, $"Cả năm {deadline.Year ?? year}"),
        };
    }

    private static bool Same(Deadline a, Deadline b) =>
        a.Kind == b.Kind && a.Date == b.Date && a.Until == b.Until && a.Year == b.Year;

    private static string CheckIn(CheckInCadence? cadence) => cadence switch
    {
        null => "Mặc định",
        CheckInCadence.Weekly => "Hằng tuần",
        CheckInCadence.Quarterly => "Hằng quý",
        CheckInCadence.None => "Không nhắc",
        _ => "Hằng tháng",
    };

    /// <summary>With the decimal comma, and the stored scale kept (5,0 stays 5,0) so the plan reads back byte for byte.</summary>
    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture).Replace('.', ',');
}
