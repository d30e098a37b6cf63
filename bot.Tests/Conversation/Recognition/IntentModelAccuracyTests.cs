using System.Globalization;
using System.Text;
using ReformBot.Conversation.Recognition;
using Xunit.Abstractions;

namespace ReformBot.Tests.Conversation.Recognition;

/// <summary>
/// The model measured on what it has not seen: trained on the corpus' training part only, scored on the held-out
/// part, with and without diacritics. The older rule corpus (corpus.tsv, written separately) is scored as well.
/// </summary>
public sealed class IntentModelAccuracyTests(ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2024, 11, 20);

    private static readonly Lazy<IntentModel> TrainedOnTrainingPart =
        new(() => IntentModel.Train(IntentCorpus.All.Where(e => !e.HeldOut).Select(e => (e.Text, e.Intent))));

    [Fact]
    public void HeldOutIntentAccuracyIsAtLeastNinetyFivePercent()
    {
        var model = TrainedOnTrainingPart.Value;
        var heldOut = IntentCorpus.All.Where(e => e.HeldOut).ToList();
        var results = heldOut.Select(e => (Example: e, Result: IntentRecognizer.Recognize(e.Text, Today, model))).ToList();
        var right = results.Where(r => r.Result.Intent == r.Example.Intent).ToList();
        var plain = results.Where(r => IsPlain(r.Example.Text)).ToList();
        var marked = results.Where(r => !IsPlain(r.Example.Text)).ToList();
        var slotChecks = results.Where(r => r.Example.Slots.Length > 0).SelectMany(r => Slots(r.Example.Slots).Select(s => (r.Example, r.Result, s.Name, s.Value))).ToList();
        var slotsRight = slotChecks.Count(c => Slot(c.Result.Slots, c.Name) == c.Value);

        output.WriteLine($"model trained on {model.Examples} lines in {model.TrainingTime.TotalSeconds:0.00} s");
        output.WriteLine($"held-out intent accuracy {Percent(right.Count, results.Count)} ({right.Count}/{results.Count})");
        output.WriteLine($"  without diacritics {Percent(plain.Count(r => r.Result.Intent == r.Example.Intent), plain.Count)} ({plain.Count} lines)");
        output.WriteLine($"  with diacritics    {Percent(marked.Count(r => r.Result.Intent == r.Example.Intent), marked.Count)} ({marked.Count} lines)");
        output.WriteLine($"held-out slots right {Percent(slotsRight, slotChecks.Count)} ({slotsRight}/{slotChecks.Count})");
        foreach (var miss in results.Where(r => r.Result.Intent != r.Example.Intent).Take(40))
        {
            output.WriteLine($"  MISS '{miss.Example.Text}': expected {miss.Example.Intent.ToWireName()}, got {miss.Result.Intent.ToWireName()} {miss.Result.Confidence:0.00}");
        }

        Assert.True(right.Count >= 0.95 * results.Count, $"held-out intent accuracy {Percent(right.Count, results.Count)}");
        Assert.True(slotsRight >= 0.9 * slotChecks.Count, $"held-out slot accuracy {Percent(slotsRight, slotChecks.Count)}");
    }

    [Fact]
    public void CorpusHasTwoThousandLinesHalfWithoutDiacriticsAndEveryIntent()
    {
        var all = IntentCorpus.All;
        Assert.True(all.Count >= 2000, $"{all.Count} lines");
        Assert.True(all.Count(e => IsPlain(e.Text)) * 2 >= all.Count, "half the lines without diacritics");
        Assert.Equal(Enum.GetValues<IntentKind>().Order(), all.Select(e => e.Intent).Distinct().Order());
        Assert.InRange(all.Count(e => e.HeldOut), all.Count / 10, all.Count / 3);
    }

    [Fact]
    public void TheRuleCorpusScoresAtLeastAsWellWithTheModel()
    {
        var model = TrainedOnTrainingPart.Value;
        var lines = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Conversation", "Recognition", "corpus.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToList();
        var rulesRight = 0;
        var combinedRight = 0;
        foreach (var columns in lines)
        {
            rulesRight += IntentRecognizer.Recognize(columns[0], Today).Intent.ToWireName() == columns[1] ? 1 : 0;
            var combined = IntentRecognizer.Recognize(columns[0], Today, model);
            if (combined.Intent.ToWireName() == columns[1])
            {
                combinedRight++;
            }
            else
            {
                output.WriteLine($"  MISS '{columns[0]}': expected {columns[1]}, got {combined.Intent.ToWireName()} {combined.Confidence:0.00}");
            }
        }

        output.WriteLine($"rule corpus: rules alone {Percent(rulesRight, lines.Count)}, rules and model {Percent(combinedRight, lines.Count)} ({lines.Count} lines)");
        Assert.True(combinedRight >= 0.95 * lines.Count, $"rules and model {Percent(combinedRight, lines.Count)}");
    }

    [Fact]
    public void TrainingIsDeterministic()
    {
        var examples = IntentCorpus.All.Where(e => !e.HeldOut).Take(800).Select(e => (e.Text, e.Intent)).ToList();
        var first = IntentModel.Train(examples);
        var second = IntentModel.Train(examples);
        foreach (var text in (string[])["da xong nv 2.a", "xin lùi hạn sang thứ 6", "cảm ơn em", "mấy giờ họp?"])
        {
            Assert.Equal(first.Predict(text), second.Predict(text));
        }
    }

    internal static bool IsPlain(string text) => text.All(c => c < 128 || !char.IsLetter(c));

    private static string Percent(int part, int whole) => whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static IEnumerable<(string Name, string Value)> Slots(string slots) =>
        slots.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => (p[..p.IndexOf('=', StringComparison.Ordinal)], p[(p.IndexOf('=', StringComparison.Ordinal) + 1)..]));

    private static string Slot(IntentSlots s, string name) => name switch
    {
        "taskRef" => s.TaskRef ?? string.Empty,
        "percent" => s.Percent?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        "code" => s.Code ?? string.Empty,
        _ => throw new ArgumentException($"unknown slot {name}", nameof(name)),
    };
}
