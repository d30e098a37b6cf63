using System.Globalization;
using System.Text.RegularExpressions;
using ReformBot.Plans;

namespace ReformBot.PlanDrafts;

/// <summary>
/// Reads a sheet of units and officers (đầu mối): unit, parent unit, officer name, position, roles, phone, e-mail,
/// Teams and Zalo ids; unit codes and officer ids when the sheet has them, made up otherwise. All or nothing: every
/// problem is reported with its row and column and then nothing is taken.
/// </summary>
internal static partial class DirectorySheetReader
{
    public static readonly IReadOnlyList<string> Header =
        ["Mã đơn vị", "Đơn vị", "Đơn vị cấp trên", "Mã cán bộ", "Họ và tên", "Chức vụ", "Vai trò", "Điện thoại", "Email", "Teams", "Zalo"];

    private static readonly string[] HeadPositions = ["truong", "giam doc", "chanh", "chu tich", "thu truong", "phu trach"];

    private enum Col { UnitCode, Unit, Parent, OfficerId, Name, Position, Roles, Phone, Email, Teams, Zalo }

    public static DirectorySheet Read(DraftDocument document, UnitDirectory known)
    {
        foreach (var table in document.Tables)
        {
            for (var h = 0; h < Math.Min(table.Rows.Count, 10); h++)
            {
                var columns = Columns(table.Rows[h]);
                if (columns.ContainsKey(Col.Unit) && (columns.ContainsKey(Col.Name) || columns.ContainsKey(Col.Parent)))
                {
                    return Read(table, h, columns, known);
                }
            }
        }

        return new DirectorySheet([], [], [new DraftWarning("header-missing", string.Empty, 0, string.Empty, string.Empty, "No sheet with a header row naming at least \"Đơn vị\" and \"Họ và tên\" (or \"Đơn vị cấp trên\").", [])]);
    }

    private static Dictionary<Col, int> Columns(DraftRow row)
    {
        var result = new Dictionary<Col, int>();
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var f = TextFolding.Fold(row.Cells[c].Text);
            Col? col = f switch
            {
                "ma don vi" or "unit code" => Col.UnitCode,
                "don vi" or "ten don vi" or "co quan" or "co quan don vi" or "unit" => Col.Unit,
                _ when f.Contains("cap tren", StringComparison.Ordinal) || f.Contains("truc thuoc", StringComparison.Ordinal) || f == "parent unit" || f == "parent" => Col.Parent,
                "ma can bo" or "ma" or "id" or "officer id" => Col.OfficerId,
                _ when f.StartsWith("ho va ten", StringComparison.Ordinal) || f.StartsWith("ho ten", StringComparison.Ordinal) || f is "can bo" or "officer name" or "name" or "dau moi" => Col.Name,
                "chuc vu" or "position" => Col.Position,
                "vai tro" or "roles" or "role" => Col.Roles,
                _ when f.Contains("dien thoai", StringComparison.Ordinal) || f is "phone" or "sdt" => Col.Phone,
                _ when f.Contains("mail", StringComparison.Ordinal) || f == "thu dien tu" => Col.Email,
                _ when f.Contains("teams", StringComparison.Ordinal) => Col.Teams,
                _ when f.Contains("zalo", StringComparison.Ordinal) => Col.Zalo,
                _ => null,
            };
            if (col is { } k)
            {
                result.TryAdd(k, c);
            }
        }

        return result;
    }

    private static DirectorySheet Read(DraftTable table, int headerRow, Dictionary<Col, int> columns, UnitDirectory known)
    {
        var errors = new List<DraftWarning>();
        var rows = table.Rows.Skip(headerRow + 1).Where(r => r.Cells.Any(c => c.Text.Length > 0)).ToList();
        string Get(DraftRow row, Col col) => columns.TryGetValue(col, out var c) ? DraftCells.OneLine(row.Text(c)) : string.Empty;
        void Error(DraftRow row, Col col, string message)
        {
            var c = columns.GetValueOrDefault(col);
            errors.Add(new DraftWarning("directory-invalid", table.Name, row.Number, c < row.Cells.Count ? row.Cells[c].Address : string.Empty, Header[(int)col], message, []));
        }

        // Units first, so that a parent may be listed below its children.
        var unitRows = new Dictionary<string, (string Name, string Parent, string Code, DraftRow Row)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var name = Get(row, Col.Unit);
            if (name.Length == 0)
            {
                Error(row, Col.Unit, "The unit is empty.");
                continue;
            }

            var code = Get(row, Col.UnitCode);
            if (code.Length > 0 && !UnitCode().IsMatch(code))
            {
                Error(row, Col.UnitCode, $"Unit code \"{code}\" may hold only letters, digits, '-' and '_'.");
            }

            unitRows.TryAdd(TextFolding.Fold(name), (name, Get(row, Col.Parent), code, row));
        }

        var taken = new HashSet<string>(known.Units.Select(u => u.Code), StringComparer.Ordinal);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var units = new List<UnitEntry>();
        string? CodeOf(string folded, int depth)
        {
            if (codes.TryGetValue(folded, out var existing))
            {
                return existing;
            }

            if (!unitRows.TryGetValue(folded, out var u) || depth > 20)
            {
                return known.ByName(folded)?.Code;
            }

            var parent = u.Parent.Length == 0 ? null : CodeOf(TextFolding.Fold(u.Parent), depth + 1);
            if (u.Parent.Length > 0 && parent is null)
            {
                Error(u.Row, Col.Parent, $"Parent unit \"{u.Parent}\" is neither in the sheet nor in a stored plan.");
            }

            var code = u.Code.Length > 0 ? u.Code : known.ByName(u.Name)?.Code ?? UnitDirectory.NewCode(u.Name, parent, taken);
            taken.Add(code);
            codes[folded] = code;
            units.Add(new UnitEntry(code, u.Name, parent));
            return code;
        }

        foreach (var folded in unitRows.Keys.ToList())
        {
            CodeOf(folded, 0);
        }

        var officers = new List<OfficerEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var name = Get(row, Col.Name);
            if (name.Length == 0 || !codes.TryGetValue(TextFolding.Fold(Get(row, Col.Unit)), out var unit))
            {
                continue;
            }

            var email = Get(row, Col.Email);
            if (email.Length > 0 && !Email().IsMatch(email))
            {
                Error(row, Col.Email, $"\"{email}\" is not an e-mail address.");
            }

            var phone = Regex.Replace(Get(row, Col.Phone), @"[\s.\-()]", string.Empty);
            if (phone.Length > 0 && !Phone().IsMatch(phone))
            {
                Error(row, Col.Phone, $"\"{Get(row, Col.Phone)}\" is not a phone number (8 to 15 digits).");
            }

            var roles = Roles(Get(row, Col.Roles), Get(row, Col.Position));
            if (roles is null)
            {
                Error(row, Col.Roles, $"Roles \"{Get(row, Col.Roles)}\" are not understood; use officer, unitHead, coordinator (cán bộ, trưởng đơn vị, đầu mối).");
                continue;
            }

            var id = Get(row, Col.OfficerId);
            if (id.Length > 0 && !OfficerId().IsMatch(id))
            {
                Error(row, Col.OfficerId, $"Officer id \"{id}\" may hold only lower-case letters, digits, '.', '_' and '-'.");
            }

            id = id.Length > 0 ? id : NewId(email, name, ids);
            if (!ids.Add(id) && Get(row, Col.OfficerId).Length > 0)
            {
                Error(row, Col.OfficerId, $"Officer id \"{id}\" appears more than once.");
            }

            var accounts = new List<ChatAccountEntry>();
            foreach (var teams in DraftCells.Names(Get(row, Col.Teams)))
            {
                var parts = teams.Split('|', StringSplitOptions.TrimEntries);
                accounts.Add(new ChatAccountEntry("msteams", parts[0], parts.Length > 1 ? parts[1] : null));
            }

            accounts.AddRange(DraftCells.Names(Get(row, Col.Zalo)).Select(z => new ChatAccountEntry("zalo", z, null)));
            officers.Add(new OfficerEntry(id, name, unit, roles, email.Length > 0 ? email : null, phone.Length > 0 ? phone : null, accounts));
        }

        return errors.Count > 0 ? new DirectorySheet([], [], errors) : new DirectorySheet(units, officers, []);
    }

    private static List<OfficerRole>? Roles(string roles, string position)
    {
        var result = new List<OfficerRole>();
        foreach (var part in DraftCells.Names(roles))
        {
            var f = TextFolding.Fold(part).Replace(" ", string.Empty, StringComparison.Ordinal);
            OfficerRole? role = f switch
            {
                "unithead" or "truongdonvi" or "thutruong" or "lanhdao" or "truongphong" => OfficerRole.UnitHead,
                "coordinator" or "daumoi" or "dieuphoi" or "theodoi" => OfficerRole.Coordinator,
                "officer" or "canbo" or "chuyenvien" or "congchuc" => OfficerRole.Officer,
                _ => null,
            };
            if (role is null)
            {
                return null;
            }

            if (!result.Contains(role.Value))
            {
                result.Add(role.Value);
            }
        }

        if (result.Count == 0)
        {
            var p = TextFolding.Fold(position);
            var head = HeadPositions.Any(w => p.StartsWith(w, StringComparison.Ordinal));
            result.Add(head ? OfficerRole.UnitHead : OfficerRole.Officer);
        }

        return result;
    }

    private static string NewId(string email, string name, HashSet<string> taken)
    {
        var stem = email.Contains('@', StringComparison.Ordinal) ? email[..email.IndexOf('@', StringComparison.Ordinal)].ToLowerInvariant() : TextFolding.Fold(name).Replace(' ', '.');
        stem = Regex.Replace(stem, "[^a-z0-9._-]", string.Empty).TrimStart('.', '_', '-');
        stem = stem.Length == 0 ? "canbo" : stem;
        var id = stem;
        for (var n = 2; taken.Contains(id); n++)
        {
            id = stem + n.ToString(CultureInfo.InvariantCulture);
        }

        return id;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex UnitCode();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex OfficerId();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+?[0-9]{8,15}$")]
    private static partial Regex Phone();
}

/// <summary>A directory sheet's units and officers, or (all or nothing) its errors, each at its row and column.</summary>
internal sealed record DirectorySheet(IReadOnlyList<UnitEntry> Units, IReadOnlyList<OfficerEntry> Officers, IReadOnlyList<DraftWarning> Errors);
