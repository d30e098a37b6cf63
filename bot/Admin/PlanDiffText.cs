using ReformBot.Plans;

namespace ReformBot.Admin;

/// <summary>A plan diff as lines an operator reads in a terminal.</summary>
internal static class PlanDiffText
{
    public static string Describe(PlanDiff diff)
    {
        IEnumerable<string> lines =
        [
            .. diff.Plan.Select(c => $"  plan {Describe(c)}"),
            .. Describe("unit", diff.Units),
            .. Describe("officer", diff.Officers),
            .. Describe("task", diff.Tasks),
            .. Describe("report", diff.Reports),
        ];
        return string.Join(Environment.NewLine, lines);
    }

    private static IEnumerable<string> Describe(string noun, EntityChanges changes) =>
    [
        .. changes.Added.Select(key => $"  + {noun} {key}"),
        .. changes.Removed.Select(key => $"  - {noun} {key}"),
        .. changes.Changed.SelectMany(e => e.Changes.Select(c => $"  ~ {noun} {e.Key}: {Describe(c)}")),
    ];

    private static string Describe(FieldChange change) => change.Added is not null || change.Removed is not null
        ? $"{change.Field} +[{string.Join(", ", change.Added ?? [])}] -[{string.Join(", ", change.Removed ?? [])}]"
        : $"{change.Field} {change.Old ?? "(none)"} → {change.New ?? "(none)"}";
}
