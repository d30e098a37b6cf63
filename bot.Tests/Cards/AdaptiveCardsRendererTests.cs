using System.Diagnostics;
using System.Text.Json.Nodes;
using ReformBot.Cards;
using ReformBot.Delivery;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Cards;

/// <summary>
/// Every card through Microsoft's own renderer: tools/card-check parses and renders each one with the
/// <c>adaptivecards</c> npm package in jsdom, with the layout part of Teams' host config, opens every ShowCard and
/// presses every button. What it saw is held against the 360 px budget, and every button must submit its verb with
/// the data the card carries (and the inputs it needs), also from inside the "Khác…" cards.
/// </summary>
public sealed class AdaptiveCardsRendererTests
{
    private static readonly Dictionary<string, string[]> InputsOf = new(StringComparer.Ordinal)
    {
        [CardVerbs.TaskUpdate] = ["status", "progress"],
        [CardVerbs.TaskSnooze] = ["snoozeDays"],
        [CardVerbs.ReportSnooze] = ["snoozeDays"],
        [CardVerbs.TaskExtend] = ["extendTo", "extendReason"],
    };

    [Fact]
    public async Task EveryCardParsesRendersAndSubmitsInMicrosoftsRendererWithinThePhoneBudget()
    {
        var cards = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var name in CardNames.All)
        {
            var data = JsonNode.Parse(File.ReadAllText(Path.Combine(CardAssert.CardsDirectory, name + ".data.json")))!.AsObject();
            cards[name + " (sample data)"] = CardAssert.Renderer.Render(new CardContent(name, data));
        }

        foreach (var (name, content) in CardSamples.Cards())
        {
            cards[name] = CardAssert.Renderer.Render(content);
        }

        using var folder = new TemporaryDirectory();
        var files = cards.Keys.Select((name, i) => (name, file: $"{i:D3}.json")).ToList();
        foreach (var (name, file) in files)
        {
            File.WriteAllText(folder.File(file), cards[name].ToJsonString(CardRenderer.JsonOptions));
        }

        var report = JsonNode.Parse(await CardCheck.RunAsync(folder.Path))!.AsObject();

        var problems = new List<string>();
        foreach (var (name, file) in files)
        {
            if (report[file] is not JsonObject seen)
            {
                problems.Add($"{name}: not in the renderer's report");
                continue;
            }

            problems.AddRange(Problems(cards[name], seen).Select(p => $"{name}: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static IEnumerable<string> Problems(JsonObject card, JsonObject seen)
    {
        foreach (var warning in seen["warnings"]!.AsArray())
        {
            yield return "renderer warning: " + (string?)warning;
        }

        var rows = seen["rows"]!.AsArray().Select(r => r!.AsArray().Select(t => (string)t!).ToList()).ToList();
        if (rows.Count == 0 && CardAssert.All(card).OfType<JsonObject>().Any(o => ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true))
        {
            yield return "the renderer showed no buttons";
        }

        foreach (var row in rows)
        {
            if (row.Count > ButtonBudget.MaxPerRow)
            {
                yield return $"{row.Count} buttons in a row: {string.Join(" / ", row)}";
            }

            foreach (var title in row.Where(t => t.Length > ButtonBudget.TitleLength(row.Count)))
            {
                yield return $"\"{title}\" is longer than {ButtonBudget.TitleLength(row.Count)} characters with {row.Count} in its row";
            }
        }

        var executed = seen["executed"]!.AsArray().OfType<JsonObject>().ToList();
        foreach (var action in CardAssert.Actions(card, "Action.Execute"))
        {
            var (title, verb) = ((string)action["title"]!, (string)action["verb"]!);
            // A list card has many buttons of one title and verb (one per row): the press is the one that sent this row's data.
            var pressed = executed.Where(e => (string?)e["title"] == title && (string?)e["verb"] == verb).ToList();
            var sent = pressed.FirstOrDefault(e => e["data"] is JsonObject d && action["data"]!.AsObject().All(p => JsonNode.DeepEquals(d[p.Key], p.Value)))
                ?? pressed.FirstOrDefault();
            if (sent?["data"] is not JsonObject data)
            {
                yield return $"pressing \"{title}\" did not submit {verb}";
                continue;
            }

            foreach (var (key, value) in action["data"]!.AsObject())
            {
                if (!JsonNode.DeepEquals(data[key], value))
                {
                    yield return $"\"{title}\" submitted {key}={data[key]?.ToJsonString()} instead of {value?.ToJsonString()}";
                }
            }

            foreach (var input in InputsOf.GetValueOrDefault(verb, []).Where(i => data[i] is null))
            {
                yield return $"\"{title}\" ({verb}) did not submit the input {input}";
            }
        }

        foreach (var link in CardAssert.Actions(card, "Action.OpenUrl"))
        {
            if (!executed.Any(e => (string?)e["type"] == "Action.OpenUrl" && (string?)e["url"] == (string?)link["url"]))
            {
                yield return $"pressing \"{(string?)link["title"]}\" did not open {(string?)link["url"]}";
            }
        }
    }

    /// <summary>Runs tools/card-check (installing its pinned packages from the npm registry the first time).</summary>
    private static class CardCheck
    {
        public static async Task<string> RunAsync(string folder)
        {
            var tool = FindTool();
            if (!File.Exists(Path.Combine(tool, "node_modules", "adaptivecards", "package.json")))
            {
                var (installed, _, installError) = await RunAsync("npm", tool, "ci", "--no-audit", "--no-fund");
                Assert.True(installed == 0, "npm ci in tools/card-check failed: " + installError);
            }

            var (exit, output, error) = await RunAsync("node", tool, "check.js", folder);
            Assert.True(exit == 0, "tools/card-check failed: " + error);
            return output;
        }

        private static string FindTool()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var tool = Path.Combine(dir.FullName, "tools", "card-check");
                if (File.Exists(Path.Combine(tool, "check.js")))
                {
                    return tool;
                }
            }

            throw new InvalidOperationException("tools/card-check not found above " + AppContext.BaseDirectory);
        }

        private static async Task<(int Exit, string Output, string Error)> RunAsync(string program, string directory, params string[] arguments)
        {
            var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output, await error);
        }
    }
}
