using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ReformBot.Cards;

/// <summary>
/// The card templates of <c>Cards:Directory</c>, loaded and checked once: each parses, is an <c>AdaptiveCard</c> of
/// version 1.5 or lower (what Teams shows from bots), and has no expression syntax errors. <c>*.data.json</c> files are
/// sample data for the designer and tests, not templates.
/// </summary>
public sealed class CardTemplates
{
    public static readonly Version MaxVersion = new(1, 5);
    private readonly Dictionary<string, JsonObject> _templates;

    public CardTemplates(IOptions<CardsOptions> options)
        : this(options.Value.FullDirectory)
    {
    }

    /// <exception cref="CardTemplateException">A template is unusable; the message lists every problem.</exception>
    public CardTemplates(string directory)
    {
        Directory = directory;
        var problems = new List<string>();
        _templates = Load(directory, problems);
        if (problems.Count > 0)
        {
            throw new CardTemplateException(directory, null, string.Join(" ", problems));
        }
    }

    public string Directory { get; }

    public IReadOnlyCollection<string> Names => _templates.Keys;

    /// <summary>The template; callers must not change it (the binder never does).</summary>
    public JsonObject Get(string name) => _templates.TryGetValue(name, out var template)
        ? template
        : throw new KeyNotFoundException($"No card template '{name}' in {Directory} (have: {string.Join(", ", _templates.Keys.Order(StringComparer.Ordinal))}).");

    /// <summary>Every problem with the templates in <paramref name="directory"/>; empty when all are usable.</summary>
    public static IReadOnlyList<string> Validate(string directory)
    {
        var problems = new List<string>();
        Load(directory, problems);
        return problems;
    }

    private static Dictionary<string, JsonObject> Load(string directory, List<string> problems)
    {
        var templates = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        if (!System.IO.Directory.Exists(directory))
        {
            problems.Add($"The card template folder {directory} does not exist.");
            return templates;
        }

        foreach (var path in System.IO.Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            if (file.EndsWith(".data.json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(path);
            var problem = Check(name, File.ReadAllText(path), out var template);
            if (problem is null)
            {
                templates[name] = template!;
            }
            else
            {
                problems.Add($"Card template '{name}' ({path}): {problem}.");
            }
        }

        if (templates.Count == 0 && problems.Count == 0)
        {
            problems.Add($"The card template folder {directory} has no templates.");
        }

        return templates;
    }

    private static string? Check(string name, string json, out JsonObject? template)
    {
        template = null;
        try
        {
            template = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }) as JsonObject;
        }
        catch (JsonException e)
        {
            return "not valid JSON: " + e.Message;
        }

        if (template is null)
        {
            return "not a JSON object";
        }

        if (template["type"]?.GetValueKind() != JsonValueKind.String || (string)template["type"]! != "AdaptiveCard")
        {
            return "\"type\" must be \"AdaptiveCard\"";
        }

        if (template["version"]?.GetValueKind() != JsonValueKind.String
            || !Version.TryParse((string)template["version"]!, out var version)
            || version > MaxVersion)
        {
            return string.Create(CultureInfo.InvariantCulture, $"\"version\" must be a version no higher than {MaxVersion} (Teams shows no later cards from bots)");
        }

        try
        {
            CardTemplateBinder.Check(name, template);
        }
        catch (CardTemplateException e)
        {
            return e.Message;
        }

        return null;
    }
}
