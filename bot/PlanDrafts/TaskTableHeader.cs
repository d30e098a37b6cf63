namespace ReformBot.PlanDrafts;

/// <summary>
/// Finds a task table's header row and tells its columns apart by the words coordinators use ("STT | Nội dung |
/// Mục tiêu/Giải pháp cải thiện | Cơ quan tham mưu | Phối hợp thực hiện | Thời gian hoàn thành", "Lĩnh vực/Tiêu chí |
/// Điểm đạt được | Điểm tối đa | Nhiệm vụ, giải pháp | Cơ quan chủ trì | ..."). A header may take two rows (a merged
/// "Điểm" over "Đạt được | Tối đa").
/// </summary>
internal sealed record TaskTableHeader(int HeaderRowIndex, int FirstDataRowIndex, IReadOnlyDictionary<ColumnKind, int> Columns, IReadOnlyList<string> Names)
{
    public int? Column(ColumnKind kind) => Columns.TryGetValue(kind, out var c) ? c : null;

    public static TaskTableHeader? Find(DraftTable table)
    {
        for (var i = 0; i < Math.Min(table.Rows.Count, 30); i++)
        {
            var names = table.Rows[i].Cells.Select(c => c.Spanned ? string.Empty : c.Text).ToList();
            var columns = Recognise(names);
            if (!columns.ContainsKey(ColumnKind.Title) || columns.Count < 3)
            {
                continue;
            }

            var first = i + 1;
            if (first < table.Rows.Count)
            {
                // A second header row: its words name columns and it has no task in it.
                var next = table.Rows[first].Cells.Select(c => c.Text).ToList();
                var combined = names.Select((n, c) => c < next.Count && next[c].Length > 0 && next[c] != n ? $"{n} {next[c]}".Trim() : n).ToList();
                var secondKinds = Recognise(next.Select((t, c) => c < names.Count && t == names[c] ? string.Empty : t).ToList());
                if (secondKinds.Count > 0 && next.Where(t => t.Length > 0).All(t => KindOf(TextFolding.Fold(t)) is not null || names.Contains(t)))
                {
                    names = combined;
                    columns = Recognise(names);
                    first++;
                }
            }

            // A row of column numbers "(1) (2) (3)" under the header.
            if (first < table.Rows.Count && table.Rows[first].Cells.All(c => c.Text.Length == 0 || c.Text.Trim('(', ')', ' ').All(char.IsAsciiDigit)))
            {
                first++;
            }

            return new TaskTableHeader(i, first, columns, names);
        }

        return null;
    }

    internal static Dictionary<ColumnKind, int> Recognise(IReadOnlyList<string> names)
    {
        var columns = new Dictionary<ColumnKind, int>();
        var folded = names.Select(TextFolding.Fold).ToList();
        for (var c = 0; c < folded.Count; c++)
        {
            if (KindOf(folded[c]) is { } kind && !columns.ContainsKey(kind))
            {
                columns[kind] = c;
            }
        }

        // "Nội dung" names the task unless another column does ("Nội dung | Mục tiêu/Giải pháp cải thiện"): then it is the criterion.
        var content = folded.FindIndex(f => f.StartsWith("noi dung", StringComparison.Ordinal));
        var solution = folded.FindIndex(f => IsSolution(f));
        if (content >= 0 && solution >= 0 && content != solution)
        {
            columns[ColumnKind.Title] = solution;
            columns.TryAdd(ColumnKind.Criterion, content);
            if (columns.TryGetValue(ColumnKind.Criterion, out var criterion) && criterion == solution)
            {
                columns[ColumnKind.Criterion] = content;
            }
        }

        return columns;
    }

    private static bool IsSolution(string f) => f.Contains("giai phap", StringComparison.Ordinal) || f.StartsWith("nhiem vu", StringComparison.Ordinal)
        || f.Contains("ten nhiem vu", StringComparison.Ordinal) || f.StartsWith("cong viec", StringComparison.Ordinal);

    private static bool Has(string f, params string[] words) => words.Any(w => f.Contains(w, StringComparison.Ordinal));

    internal static ColumnKind? KindOf(string f)
    {
        if (f.Length == 0 || f.Length > 80)
        {
            return null;
        }

        if (f is "stt" or "tt" or "so tt" or "so thu tu" or "ma" or "ma so" or "so" or "muc" || f.StartsWith("stt", StringComparison.Ordinal) || f.StartsWith("ma nhiem vu", StringComparison.Ordinal))
        {
            return ColumnKind.Ref;
        }

        if (Has(f, "phoi hop"))
        {
            return ColumnKind.Coordinating;
        }

        if (Has(f, "thoi gian", "thoi han", "han hoan thanh", "tien do", "hoan thanh", "ngay het han"))
        {
            return ColumnKind.Deadline;
        }

        if (Has(f, "nhac viec", "bao cao tien do", "chu ky", "dinh ky"))
        {
            return ColumnKind.CheckIn;
        }

        if (Has(f, "kiem chung", "san pham", "ket qua dau ra", "minh chung"))
        {
            return ColumnKind.Evidence;
        }

        if (Has(f, "toi da"))
        {
            return ColumnKind.ScoreMax;
        }

        if (Has(f, "dat duoc", "diem dat", "tu cham", "diem hien tai", "diem danh gia"))
        {
            return ColumnKind.ScoreCurrent;
        }

        if (f.StartsWith("diem", StringComparison.Ordinal) || f == "diem so")
        {
            return ColumnKind.Score;
        }

        if (Has(f, "nguoi thuc hien", "can bo thuc hien", "cong chuc thuc hien", "chuyen vien", "nguoi phu trach", "can bo phu trach", "dau moi"))
        {
            return ColumnKind.Assignees;
        }

        if (Has(f, "chu tri", "tham muu", "don vi thuc hien", "co quan thuc hien", "trach nhiem", "co quan don vi", "don vi chu tri", "phan cong"))
        {
            return ColumnKind.Lead;
        }

        if (IsSolution(f))
        {
            return ColumnKind.Title;
        }

        if (Has(f, "tieu chi"))
        {
            return ColumnKind.Criterion;
        }

        if (f.StartsWith("noi dung", StringComparison.Ordinal))
        {
            return ColumnKind.Title;
        }

        if (f.StartsWith("linh vuc", StringComparison.Ordinal))
        {
            return ColumnKind.Field;
        }

        if (Has(f, "muc tieu", "chi tieu", "ket qua can dat", "yeu cau"))
        {
            return ColumnKind.Target;
        }

        if (f.StartsWith("chi so", StringComparison.Ordinal))
        {
            return ColumnKind.Index;
        }

        if (f.StartsWith("thuc hien", StringComparison.Ordinal) || f.StartsWith("co quan", StringComparison.Ordinal) || f.StartsWith("don vi", StringComparison.Ordinal))
        {
            return ColumnKind.Lead;
        }

        return Has(f, "ghi chu") ? ColumnKind.Note : null;
    }
}
