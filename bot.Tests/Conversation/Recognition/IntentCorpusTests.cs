using System.Globalization;
using ReformBot.Conversation.Recognition;
using ReformBot.Plans;

namespace ReformBot.Tests.Conversation.Recognition;

/// <summary>
/// Runs every line of corpus.tsv: text, expected intent (wire name), expected slots as "name=value; ..." (an empty
/// value means the slot must be absent; slots not listed are not checked). Today is Wednesday 2024-11-20.
/// </summary>
public sealed class IntentCorpusTests
{
    private static readonly DateOnly Today = new(2024, 11, 20);

    public static TheoryData<int, string, string, string> Lines()
    {
        var data = new TheoryData<int, string, string, string>();
        var number = 0;
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Conversation", "Recognition", "corpus.tsv")))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            data.Add(number, columns[0], columns[1], columns.Length > 2 ? columns[2] : string.Empty);
        }

        return data;
    }

    [Fact]
    public void CorpusHasAtLeastTwoHundredUtterances() => Assert.True(Lines().Count >= 200, $"{Lines().Count} lines");

    [Theory]
    [MemberData(nameof(Lines))]
    public void UtteranceIsRecognised(int line, string text, string intent, string slots)
    {
        var result = IntentRecognizer.Recognize(text, Today);
        Assert.True(intent == result.Intent.ToWireName(), $"line {line} '{text}': expected {intent}, got {result.Intent.ToWireName()} {result.Slots}");
        foreach (var pair in slots.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, expected) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var actual = Slot(result.Slots, name);
            Assert.True(expected == actual, $"line {line} '{text}': slot {name} expected '{expected}', got '{actual}' ({result.Slots})");
        }
    }

    private static string Slot(IntentSlots s, string name) => name switch
    {
        "taskRef" => s.TaskRef ?? string.Empty,
        "percent" => s.Percent?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        "date" => s.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        "duration" => s.Duration?.ToString("c", CultureInfo.InvariantCulture) ?? string.Empty,
        "reason" => s.Reason ?? string.Empty,
        "unit" => s.Unit ?? string.Empty,
        "index" => s.Index is null ? string.Empty : PlanFileWireNames.Indices.Single(p => p.Value == s.Index).Key,
        "report" => s.Report is null ? string.Empty : s.Report.Kind.ToString().ToLowerInvariant() + (s.Report.Period is { } p ? "/" + p.ToString(CultureInfo.InvariantCulture) : string.Empty),
        "officer" => s.Officer ?? string.Empty,
        "audience" => s.Audience is null ? string.Empty
            : s.Audience.Kind switch
            {
                AudienceKind.All => "all",
                AudienceKind.Unit => "unit:" + s.Audience.Unit,
                _ => "tasks:" + string.Join(',', s.Audience.TaskRefs),
            },
        "urgent" => s.Urgent ? "true" : "false",
        "text" => s.Text ?? string.Empty,
        "code" => s.Code ?? string.Empty,
        "url" => s.Url ?? string.Empty,
        _ => throw new ArgumentException($"unknown slot {name}", nameof(name)),
    };
}
