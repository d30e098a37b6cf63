using System.Globalization;
using ReformBot.Conversation;
using ReformBot.Conversation.Recognition;
using Xunit.Abstractions;

namespace ReformBot.Tests.Conversation.Recognition;

/// <summary>
/// The bot on evaluation.tsv: officer, head and coordinator messages written by hand, independently of the corpus
/// generator's templates, and never trained on. Prints intent and slot accuracy (with and without diacritics) and
/// the misreadings that would act without asking. Measured when the set was written: intents 94.3 %, slots 92.5 %,
/// one misreading acting; after the corpus, rules and cues were improved (by phrasing class, not by its lines):
/// intents 100 %, slots 99.1 %, none acting. The floors sit just under the latter, so a regression fails; the set has
/// been looked at while improving, so it now flatters too: keep adding fresh lines rather than tuning to these.
/// </summary>
public sealed class EvaluationSetTests(ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2024, 11, 20);

    private const double IntentFloor = 0.98;

    private const double SlotFloor = 0.97;

    private static readonly double ConfirmBelow = new ConversationOptions().ConfirmBelow;

    /// <summary>The task refs of the Lấp Vò plan (bot.Tests/Fixtures/plans), which the lines are written against: "1.1" is its task.</summary>
    private static readonly HashSet<string> PlanRefs = new(StringComparer.Ordinal) { "1.1", "2.a", "2.b", "2.c", "3.a", "3.b", "5.a", "6.a", "6.b", "6.c", "6.d", "II.2" };

    private static List<(string Text, IntentKind Intent, string Slots)> Lines() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Conversation", "Recognition", "evaluation.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => (c[0], IntentKindWireNames.TryParse(c[1], out var kind) ? kind : throw new InvalidOperationException($"unknown intent {c[1]}"), c.Length > 2 ? c[2] : string.Empty))
            .ToList();

    [Fact]
    public void TheSetHasEveryIntentHalfWithoutDiacriticsAndNoLineOfTheCorpus()
    {
        var lines = Lines();
        var corpus = IntentCorpus.All.Select(e => VietnameseText.Fold(e.Text)).ToHashSet(StringComparer.Ordinal);

        Assert.True(lines.Count >= 150, $"{lines.Count} lines");
        Assert.Equal(Enum.GetValues<IntentKind>().Order(), lines.Select(l => l.Intent).Distinct().Order());
        Assert.InRange(lines.Count(l => IntentModelAccuracyTests.IsPlain(l.Text)), lines.Count * 2 / 5, lines.Count * 3 / 5);
        Assert.Empty(lines.Where(l => corpus.Contains(VietnameseText.Fold(l.Text))).Select(l => l.Text));
    }

    [Fact]
    public void IntentAndSlotAccuracyStayAboveTheMeasuredFloorAndNoMisreadingActs()
    {
        var results = Lines().Select(l => (Line: l, Result: IntentRecognizer.Recognize(l.Text, Today, IntentModel.Shared, PlanRefs))).ToList();
        var right = results.Count(r => r.Result.Intent == r.Line.Intent);
        var plain = results.Where(r => IntentModelAccuracyTests.IsPlain(r.Line.Text)).ToList();
        var marked = results.Where(r => !IntentModelAccuracyTests.IsPlain(r.Line.Text)).ToList();
        var slotChecks = results.SelectMany(r => Slots(r.Line.Slots).Select(s => (r.Line.Text, s.Name, Expected: s.Value, Actual: Slot(r.Result.Slots, s.Name)))).ToList();
        var slotsRight = slotChecks.Count(c => c.Expected == c.Actual);
        var acting = results.Where(r => r.Result.Intent != r.Line.Intent && r.Result.Intent.ChangesState() && IntentDecisions.Decide(r.Result, ConfirmBelow) == IntentDecision.Act).ToList();

        output.WriteLine($"evaluation set: intent accuracy {Percent(right, results.Count)} ({right}/{results.Count})");
        output.WriteLine($"  without diacritics {Percent(plain.Count(r => r.Result.Intent == r.Line.Intent), plain.Count)} ({plain.Count} lines)");
        output.WriteLine($"  with diacritics    {Percent(marked.Count(r => r.Result.Intent == r.Line.Intent), marked.Count)} ({marked.Count} lines)");
        output.WriteLine($"  slots right {Percent(slotsRight, slotChecks.Count)} ({slotsRight}/{slotChecks.Count})");
        output.WriteLine($"  misreadings that would change state without asking: {acting.Count}");
        foreach (var miss in results.Where(r => r.Result.Intent != r.Line.Intent))
        {
            output.WriteLine($"  MISS '{miss.Line.Text}': expected {miss.Line.Intent.ToWireName()}, got {miss.Result.Intent.ToWireName()} {miss.Result.Confidence:0.00} ({IntentDecisions.Decide(miss.Result, ConfirmBelow).ToWireName()})");
        }

        foreach (var slot in slotChecks.Where(c => c.Expected != c.Actual))
        {
            output.WriteLine($"  SLOT '{slot.Text}': {slot.Name} expected '{slot.Expected}', got '{slot.Actual}'");
        }

        Assert.True(right >= IntentFloor * results.Count, $"intent accuracy {Percent(right, results.Count)}");
        Assert.True(slotsRight >= SlotFloor * slotChecks.Count, $"slot accuracy {Percent(slotsRight, slotChecks.Count)}");
        Assert.Empty(acting.Select(r => r.Line.Text));
    }

    private static string Percent(int part, int whole) => whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static IEnumerable<(string Name, string Value)> Slots(string slots) =>
        slots.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => (p[..p.IndexOf('=', StringComparison.Ordinal)], p[(p.IndexOf('=', StringComparison.Ordinal) + 1)..]));

    private static string Slot(IntentSlots s, string name) => name switch
    {
        "taskRef" => s.TaskRef ?? string.Empty,
        "percent" => s.Percent?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        "date" => s.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        "reason" => s.Reason ?? string.Empty,
        "code" => s.Code ?? string.Empty,
        _ => throw new ArgumentException($"unknown slot {name}", nameof(name)),
    };
}
