using System.Globalization;
using System.Text;
using ReformBot.Plans;

namespace ReformBot.PlanDrafts;

/// <summary>
/// The units and officers drafts resolve names against: the directory sheet's first, then those of stored plans.
/// Names compare after <see cref="TextFolding"/>; a unit already known by name or code is not added twice.
/// </summary>
internal sealed class UnitDirectory
{
    private readonly List<UnitEntry> units = [];
    private readonly List<OfficerEntry> officers = [];
    private readonly Dictionary<string, UnitEntry> byFoldedName = new(StringComparer.Ordinal);
    private readonly HashSet<string> codes = new(StringComparer.Ordinal);
    private readonly HashSet<string> officerIds = new(StringComparer.Ordinal);

    public IReadOnlyList<UnitEntry> Units => units;

    public IReadOnlyList<OfficerEntry> Officers => officers;

    public void Add(IEnumerable<UnitEntry> newUnits, IEnumerable<OfficerEntry> newOfficers)
    {
        foreach (var unit in newUnits)
        {
            var folded = TextFolding.Fold(unit.Name);
            if (codes.Add(unit.Code) && byFoldedName.TryAdd(folded, unit))
            {
                units.Add(unit);
            }
        }

        foreach (var officer in newOfficers)
        {
            if (codes.Contains(officer.Unit) && officerIds.Add(officer.Id))
            {
                officers.Add(officer);
            }
        }
    }

    public UnitEntry? ByCode(string code) => units.FirstOrDefault(u => u.Code == code);

    public UnitEntry? ByName(string name) => byFoldedName.GetValueOrDefault(TextFolding.Fold(name));

    /// <summary>
    /// The units a cell names: directory names found in its text (longest first), group phrases expanded to the units of
    /// that kind below <paramref name="issuer"/>, and the fragments that name nothing known.
    /// </summary>
    public UnitNames Resolve(string cell, string? issuer)
    {
        var found = new List<(int Start, string Code)>();
        var unmatched = new List<string>();
        var tree = UnitTree.Of(units);
        var position = 0;
        foreach (var segment in cell.Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var folded = " " + TextFolding.Fold(segment) + " ";
            var covered = new bool[folded.Length];
            foreach (var (phrase, prefixes) in UnitGroups.Phrases)
            {
                var at = folded.IndexOf(" " + phrase + " ", StringComparison.Ordinal);
                if (at < 0 || Covered(covered, at + 1, phrase.Length))
                {
                    continue;
                }

                Cover(covered, at + 1, phrase.Length);
                found.AddRange(units
                    .Where(u => (issuer is null || (u.Code != issuer && tree.IsWithin(u.Code, issuer))) && prefixes.Any(p => TextFolding.Fold(u.Name).StartsWith(p, StringComparison.Ordinal)))
                    .Select(u => (position + at, u.Code)));
            }

            foreach (var (name, unit) in byFoldedName.OrderByDescending(p => p.Key.Length))
            {
                var from = 0;
                while (name.Length > 0 && (from = folded.IndexOf(" " + name + " ", from, StringComparison.Ordinal)) >= 0)
                {
                    if (!Covered(covered, from + 1, name.Length))
                    {
                        Cover(covered, from + 1, name.Length);
                        found.Add((position + from, unit.Code));
                    }

                    from += name.Length + 1;
                }
            }

            var leftover = new StringBuilder();
            for (var i = 0; i < folded.Length; i++)
            {
                leftover.Append(covered[i] ? ' ' : folded[i]);
            }

            if (leftover.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(t => !UnitGroups.Filler.Contains(t) && !IsPlaceWord(t, issuer)))
            {
                unmatched.AddRange(segment.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(p => p.TrimStart('-', '+', '•', '*', ' ').Trim())
                    .Where(p => Significant(p, issuer) && !byFoldedName.Keys.Any(k => k.Length > 0 && (" " + TextFolding.Fold(p) + " ").Contains(" " + k + " ", StringComparison.Ordinal))
                        && !UnitGroups.Phrases.Any(g => TextFolding.Fold(p).Contains(g.Phrase, StringComparison.Ordinal))));
            }

            position += folded.Length;
        }

        return new UnitNames([.. found.OrderBy(f => f.Start).Select(f => f.Code).Distinct(StringComparer.Ordinal)], unmatched);
    }

    /// <summary>Up to three directory names closest to <paramref name="name"/> (shared words, after folding).</summary>
    public IReadOnlyList<string> Closest(string name)
    {
        var words = TextFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return [.. units
            .Select(u => (u.Name, Score: Similarity(words, TextFolding.Fold(u.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries))))
            .Where(x => x.Score > 0.25)
            .OrderByDescending(x => x.Score)
            .Take(3)
            .Select(x => x.Name)];
    }

    /// <summary>An officer named by id or by name, preferring one in <paramref name="preferredUnits"/>.</summary>
    public OfficerEntry? FindOfficer(string text, IReadOnlyList<string> preferredUnits)
    {
        var folded = TextFolding.Fold(text);
        var candidates = officers.Where(o => o.Id == text.Trim() || TextFolding.Fold(o.Name) == folded).ToList();
        return candidates.FirstOrDefault(o => preferredUnits.Contains(o.Unit)) ?? candidates.FirstOrDefault();
    }

    private static double Similarity(HashSet<string> a, string[] b)
    {
        var shared = b.Count(a.Contains);
        return a.Count + b.Length == 0 ? 0 : 2.0 * shared / (a.Count + b.Length);
    }

    private bool IsPlaceWord(string token, string? issuer) =>
        issuer is not null && ByCode(issuer) is { } unit && TextFolding.Fold(unit.Name).Split(' ').Contains(token);

    private bool Significant(string part, string? issuer) =>
        TextFolding.Fold(part).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(t => !UnitGroups.Filler.Contains(t) && !IsPlaceWord(t, issuer));

    private static bool Covered(bool[] covered, int start, int length) => covered.AsSpan(start, length).Contains(true);

    private static void Cover(bool[] covered, int start, int length) => covered.AsSpan(start, length).Fill(true);

    /// <summary>A unit code for a name the directory does not know: the issuer's code and the name's initials.</summary>
    public static string NewCode(string name, string? issuer, ISet<string> taken)
    {
        var initials = string.Concat(TextFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "va").Select(w => char.ToUpperInvariant(w[0]))).Where(char.IsAsciiLetterOrDigit).Take(8);
        var stem = (issuer is null ? string.Empty : issuer + "-") + (initials.Any() ? string.Concat(initials) : "DV");
        var code = stem;
        for (var n = 2; !taken.Add(code); n++)
        {
            code = stem + n.ToString(CultureInfo.InvariantCulture);
        }

        return code;
    }
}

/// <summary>The unit codes a cell names, in the cell's order, and the fragments that name no known unit.</summary>
internal sealed record UnitNames(IReadOnlyList<string> Codes, IReadOnlyList<string> Unmatched);
