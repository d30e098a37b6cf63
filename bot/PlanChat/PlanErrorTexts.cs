using System.Globalization;
using System.Text.RegularExpressions;
using ReformBot.Cards;
using ReformBot.Plans;

namespace ReformBot.PlanChat;

/// <summary>
/// The plan file rules' errors and warnings (English in <see cref="PlanFileError"/>, as the admin API answers them) said
/// in Vietnamese for a coordinator in chat: "Nhiệm vụ 2.a (Người thực hiện): không có cán bộ “lv.x” trong kế hoạch."
/// Each known message is matched by its English wording (the rules in <c>Plans/PlanFileRules.cs</c> and
/// <c>PlanFileParser.cs</c>); anything else gets a Vietnamese sentence that points at the place, never English.
/// </summary>
internal static partial class PlanErrorTexts
{
    private static readonly (Regex English, Func<GroupCollection, string> Vietnamese)[] Messages =
    [
        (Rule("^No officer of \"(.*)\" has the coordinator role; nobody can broadcast for this plan in chat\\.$"),
            g => $"đơn vị điều phối “{g[1].Value}” chưa có cán bộ nào giữ vai trò điều phối viên, nên chưa ai gửi được thông báo chung của kế hoạch qua chat."),
        (Rule("^Unit \"(.*)\" cannot be its own parent\\.$"), g => $"đơn vị “{g[1].Value}” không thể là đơn vị cấp trên của chính nó."),
        (Rule("^Unit parents form a cycle: (.*)\\.$"), g => $"các đơn vị cấp trên tạo thành vòng lặp: {g[1].Value}."),
        (Rule("^The (.*) account \"(.*)\" is already given to officer \"(.*)\"\\.$"),
            g => $"tài khoản {g[1].Value} “{g[2].Value}” đã được gán cho cán bộ “{g[3].Value}”."),
        (Rule("^Task ref \"(.*)\" appears more than once\\.$"), g => $"số thứ tự nhiệm vụ “{g[1].Value}” bị trùng."),
        (Rule("^Unit \"(.*)\" is both lead and coordinating\\.$"), g => $"đơn vị “{g[1].Value}” vừa là cơ quan chủ trì vừa là cơ quan phối hợp."),
        (Rule("^The current score (.*) is more than the maximum (.*)\\.$"), g => $"điểm đạt được {Decimal(g[1].Value)} lớn hơn điểm tối đa {Decimal(g[2].Value)}."),
        (Rule("^The task names no assignees and its lead units have no unit head: nobody will be reminded\\.$"),
            _ => "nhiệm vụ không ghi người thực hiện và cơ quan chủ trì chưa có thủ trưởng trong danh bạ: sẽ không ai được nhắc việc."),
        (Rule("^The assignee list is empty: nobody will be reminded\\..*$"), _ => "danh sách người thực hiện để trống: sẽ không ai được nhắc việc."),
        (Rule("^Officer \"(.*)\" is assigned more than once\\.$"), g => $"cán bộ “{g[1].Value}” được giao hai lần."),
        (Rule("^Unknown officer \"(.*)\"\\.$"), g => $"không có cán bộ “{g[1].Value}” trong kế hoạch."),
        (Rule("^Officer \"(.*)\" belongs to \"(.*)\", outside the task's lead and coordinating units \\((.*)\\)\\.$"),
            g => $"cán bộ “{g[1].Value}” thuộc đơn vị “{g[2].Value}”, không thuộc cơ quan chủ trì hay phối hợp của nhiệm vụ ({g[3].Value})."),
        (Rule("^Report code \"(.*)\" appears more than once\\.$"), g => $"mã báo cáo “{g[1].Value}” bị trùng."),
        (Rule("^dueMonths applies to quarterly reports only\\.$"), _ => "tháng nộp theo quý chỉ dùng cho báo cáo quý."),
        (Rule("^A yearly report needs dueMonth\\.$"), _ => "báo cáo năm cần ghi tháng nộp."),
        (Rule("^dueMonth applies to yearly reports only\\.$"), _ => "tháng nộp chỉ dùng cho báo cáo năm."),
        (Rule("^The 15-to-14 window spans .*$"), _ => "kỳ số liệu từ ngày 15 đến ngày 14 chỉ dùng cho báo cáo tháng hoặc quý, không dùng cho báo cáo năm."),
        (Rule("^Unknown unit \"(.*)\"; it is not in units\\.$"), g => $"không có đơn vị “{g[1].Value}” trong danh sách đơn vị của kế hoạch."),
        (Rule("^Unit code \"(.*)\" appears more than once\\.$"), g => $"mã đơn vị “{g[1].Value}” bị trùng."),
        (Rule("^Officer id \"(.*)\" appears more than once\\.$"), g => $"mã cán bộ “{g[1].Value}” bị trùng."),
        (Rule("^Unit \"(.*)\" appears more than once\\.$"), g => $"đơn vị “{g[1].Value}” được ghi hai lần."),
        (Rule("^Month (.*) appears more than once\\.$"), g => $"tháng {g[1].Value} được ghi hai lần."),
        (Rule("^\"(.*)\" appears more than once\\.$"), g => $"“{g[1].Value}” được ghi hai lần."),
        (Rule("^Unknown channel \"(.*)\";.*$"), g => $"kênh “{g[1].Value}” không được hỗ trợ (chỉ Teams hoặc Zalo)."),
        (Rule("^current must be 0 or more\\.$"), _ => "điểm đạt được không được âm."),
        (Rule("^max must be more than 0\\.$"), _ => "điểm tối đa phải lớn hơn 0."),
        (Rule("^\"(.*)\" is not a date in the form yyyy-mm-dd\\.$"), g => $"“{g[1].Value}” không phải là ngày hợp lệ."),
        (Rule("^\"(.*)\" is not a real calendar date\\.$"), g => $"“{g[1].Value}” không phải là ngày có thật."),
        (Rule("^\"(.*)\" is outside the years 1900 to 2200\\.$"), g => $"năm của “{g[1].Value}” nằm ngoài khoảng 1900–2200."),
        (Rule("^deadline must be .*$"), _ => "thời hạn phải là một ngày, “thường xuyên” hoặc “cả năm”."),
        (Rule(".* must not be empty\\.$|^Must not be empty\\.$"), _ => "không được để trống."),
        (Rule("^The file is not valid UTF-8.*$"), _ => "tệp không đọc được (không phải văn bản UTF-8)."),
        (Rule("^The file is not valid JSON.*$"), _ => "tệp không phải một kế hoạch hợp lệ."),
    ];

    /// <summary>"Nhiệm vụ 2.a (Người thực hiện): không có cán bộ “x” trong kế hoạch." — the place from the plan drafted, when given.</summary>
    public static string Line(PlanFileError error, PlanFile? plan)
    {
        ArgumentNullException.ThrowIfNull(error);
        var place = Place(error.Path, plan);
        var what = Message(error.Message);
        return place.Length == 0 ? Capital(what) : $"{place}: {what}";
    }

    /// <summary>What is wrong, in Vietnamese, without the place.</summary>
    public static string Message(string english)
    {
        foreach (var (rule, vietnamese) in Messages)
        {
            if (rule.Match(english) is { Success: true } m)
            {
                return vietnamese(m.Groups);
            }
        }

        return "dữ liệu ở đây không đúng quy cách của tệp kế hoạch.";
    }

    /// <summary>
    /// A JSONPath of the plan file as a coordinator names it: <c>$.tasks[3].deadline</c> → "Nhiệm vụ 2.a (Thời hạn)",
    /// <c>$.units[1].parent</c> → "Đơn vị Phòng Nội vụ (Đơn vị cấp trên)", <c>$.plan.coordinator</c> → "Kế hoạch (Đơn vị điều phối)".
    /// </summary>
    public static string Place(string path, PlanFile? plan)
    {
        var m = JsonPath().Match(path ?? string.Empty);
        if (!m.Success)
        {
            return string.Empty;
        }

        var index = m.Groups["index"].Success ? int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture) : -1;
        var field = m.Groups["field"].Success ? FieldName(m.Groups["field"].Value) : null;
        var what = m.Groups["list"].Value switch
        {
            "plan" => "Kế hoạch",
            "tasks" => "Nhiệm vụ " + (plan is not null && index >= 0 && index < plan.Tasks.Count ? plan.Tasks[index].Ref : Ordinal(index)),
            "units" => "Đơn vị " + (plan is not null && index >= 0 && index < plan.Units.Count ? plan.Units[index].Name : Ordinal(index)),
            "officers" => "Cán bộ " + (plan is not null && index >= 0 && index < plan.Officers.Count ? plan.Officers[index].Name : Ordinal(index)),
            "reports" => "Báo cáo " + (plan is not null && index >= 0 && index < plan.Reports.Count ? plan.Reports[index].Code : Ordinal(index)),
            "format" => "Định dạng tệp",
            _ => "Tệp kế hoạch",
        };
        return field is null ? what : $"{what} ({field})";
    }

    private static string FieldName(string field) => field switch
    {
        "parent" => "Đơn vị cấp trên",
        "unit" => "Đơn vị",
        "accounts" => "Tài khoản chat",
        "coordinator" => "Đơn vị điều phối",
        "ref" => "Số thứ tự",
        "score" or "score.current" or "score.max" => "Điểm",
        "code" => "Mã",
        "dueMonth" or "dueMonths" => "Tháng nộp",
        "window" => "Kỳ số liệu",
        "issuer" => "Cơ quan ban hành",
        _ => CardTexts.Field(field) is var name && name != field ? name : "Thông tin",
    };

    private static string Ordinal(int index) => index < 0 ? string.Empty : $"thứ {(index + 1).ToString(CultureInfo.InvariantCulture)}";

    private static string Decimal(string number) => number.Replace('.', ',');

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static Regex Rule(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));

    /// <summary><c>$.list[index].field.sub[n]</c>: the list, the item, and the first field (with a score's part).</summary>
    [GeneratedRegex(@"^\$(?:\.(?<list>[a-zA-Z]+))?(?:\[(?<index>\d+)\])?(?:\.(?<field>score\.(?:current|max)|[a-zA-Z]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex JsonPath();
}
