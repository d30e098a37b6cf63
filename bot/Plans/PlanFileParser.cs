using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReformBot.Plans;

/// <summary>
/// The structural half of plan file validation: the JSON shape the schema describes (fields, types, formats, enums).
/// It keeps going after an error so that one pass reports everything; <see cref="PlanFileRules"/> then checks meaning.
/// </summary>
internal sealed partial class PlanFileParser
{
    internal static readonly string[] RootFields = ["format", "plan", "units", "officers", "tasks", "reports"];

    private static readonly string[] RequiredRootFields = ["format", "plan", "units", "tasks"];

    private const string Root = "$";

    // The errors of each part of the file apart, so that they come out in the same order whatever order the file
    // gives its fields in: the root's, then the format's, the plan header's, the units', and so on.
    private readonly Dictionary<string, List<PlanFileError>> sections =
        RootFields.Prepend(Root).ToDictionary(s => s, _ => new List<PlanFileError>(), StringComparer.Ordinal);

    public PlanFileParser() => Errors = sections[Root];

    /// <summary>The errors of the part of the file being read.</summary>
    private List<PlanFileError> Errors { get; set; }

    public List<PlanFileError> Warnings { get; } = [];

    public ParsedPlan Plan { get; } = new();

    /// <summary>Every error found, in the order of the file's parts.</summary>
    public List<PlanFileError> AllErrors() => [.. RootFields.Prepend(Root).SelectMany(s => sections[s])];

    /// <summary>The root is not an object: the one error says what it is instead.</summary>
    public void NotAnObject(JsonElement root)
    {
        Errors = sections[Root];
        Fields(root, Root, "the plan file", RootFields, RequiredRootFields);
    }

    public void UnknownField(string name)
    {
        Errors = sections[Root];
        UnknownField(Root, name, "the plan file", RootFields);
    }

    public void RepeatedField(string name)
    {
        Errors = sections[Root];
        RepeatedField(Root, name);
    }

    public void MissingFields(IReadOnlySet<string> present)
    {
        Errors = sections[Root];
        MissingFields(Root, "the plan file", RequiredRootFields, present.Contains);
    }

    /// <summary>A field of the root given whole: the format, the plan header, or a list that is not an array.</summary>
    public void Field(string name, JsonElement value)
    {
        Errors = sections[name];
        switch (name)
        {
            case "format":
                if (value.ValueKind != JsonValueKind.String || value.GetString() != PlanFile.Format)
                {
                    Error("$.format", $"format must be \"{PlanFile.Format}\".");
                }

                break;
            case "plan":
                Plan.Header = ParseHeader(value, "$.plan");
                break;
            default:
                Items(value, $"$.{name}", MinItems(name), (item, _, index) => Item(name, item, index));
                break;
        }
    }

    /// <summary>One entry of <c>units</c>, <c>officers</c>, <c>tasks</c> or <c>reports</c>, read as the file goes.</summary>
    public void Item(string list, JsonElement item, int index)
    {
        Errors = sections[list];
        var path = $"$.{list}[{index}]";
        switch (list)
        {
            case "units" when ParseUnit(item, path, Plan) is { } unit:
                Plan.Units.Add((index, unit));
                break;
            case "officers" when ParseOfficer(item, path, Plan) is { } officer:
                Plan.Officers.Add((index, officer));
                break;
            case "tasks" when ParseTask(item, path) is { } task:
                Plan.Tasks.Add((index, task));
                break;
            case "reports" when ParseReport(item, path) is { } report:
                Plan.Reports.Add((index, report));
                break;
        }
    }

    /// <summary>The end of a list read item by item.</summary>
    public void ItemCount(string list, int count)
    {
        Errors = sections[list];
        MinItemsError($"$.{list}", count, MinItems(list));
    }

    private static int MinItems(string list) => list == "units" ? 1 : 0;

    private PlanHeader? ParseHeader(JsonElement element, string path)
    {
        var errors = Errors.Count;
        var fields = Fields(element, path, "plan", ["code", "title", "issuer", "issuedOn", "year", "indices", "coordinator", "targets"], ["code", "title", "issuer", "year", "coordinator"]);
        if (fields is null)
        {
            return null;
        }

        var code = Text(fields, "code", path, PlanCode.Pattern(), PlanCode.Expected);
        var title = Text(fields, "title", path);
        var issuer = UnitCode(fields, "issuer", path);
        var issuedOn = Date(fields, "issuedOn", path);
        var year = Integer(fields, "year", path, 2000, 2100);
        var indices = EnumList(fields, "indices", path, PlanFileWireNames.Indices, unique: true);
        var coordinator = UnitCode(fields, "coordinator", path);
        var targets = StringList(fields, "targets", path, minLength: 0);
        return Errors.Count > errors
            ? null
            : new PlanHeader(code!, title!, issuer!, issuedOn, year!.Value, indices ?? [], coordinator!, targets ?? []);
    }

    private UnitEntry? ParseUnit(JsonElement element, string path, ParsedPlan parsed)
    {
        var errors = Errors.Count;
        var fields = Fields(element, path, "unit", ["code", "name", "parent"], ["code", "name"]);
        if (fields is null)
        {
            return null;
        }

        var code = UnitCode(fields, "code", path);
        if (code is not null && !parsed.UnitCodes.Add(code))
        {
            Error($"{path}.code", $"Unit code \"{code}\" appears more than once.");
        }

        var name = Text(fields, "name", path);
        var parent = UnitCode(fields, "parent", path);
        return Errors.Count > errors ? null : new UnitEntry(code!, name!, parent);
    }

    private OfficerEntry? ParseOfficer(JsonElement element, string path, ParsedPlan parsed)
    {
        var errors = Errors.Count;
        var fields = Fields(element, path, "officer", ["id", "name", "unit", "roles", "email", "phone", "accounts"], ["id", "name", "unit", "roles"]);
        if (fields is null)
        {
            return null;
        }

        var id = Text(fields, "id", path, OfficerIdPattern(), "a lower-case id of letters, digits, '.', '_' or '-' (e.g. lv.pnv.cv1)");
        if (id is not null && !parsed.OfficerIds.Add(id))
        {
            Error($"{path}.id", $"Officer id \"{id}\" appears more than once.");
        }

        var name = Text(fields, "name", path);
        var unit = UnitCode(fields, "unit", path);
        var roles = EnumList(fields, "roles", path, PlanFileWireNames.Roles, unique: true, minItems: 1);
        var email = Text(fields, "email", path, EmailPattern(), "an e-mail address");
        var phone = Text(fields, "phone", path, PhonePattern(), "a phone number of 8 to 15 digits, optionally starting with +");
        var accounts = new List<ChatAccountEntry>();
        if (fields.TryGetValue("accounts", out var accountsElement))
        {
            Items(accountsElement, $"{path}.accounts", minItems: 0, (item, itemPath, _) =>
            {
                if (ParseAccount(item, itemPath) is { } account)
                {
                    accounts.Add(account);
                }
            });
        }

        return Errors.Count > errors ? null : new OfficerEntry(id!, name!, unit!, roles!, email, phone, accounts);
    }

    private ChatAccountEntry? ParseAccount(JsonElement element, string path)
    {
        var errors = Errors.Count;
        var fields = Fields(element, path, "chat account", ["channel", "id", "aadObjectId"], ["channel", "id"]);
        if (fields is null)
        {
            return null;
        }

        var channel = String(fields, "channel", path);
        if (channel is not null && !PlanFileWireNames.Channels.Contains(channel))
        {
            Error($"{path}.channel", $"Unknown channel \"{channel}\"; expected one of {string.Join(", ", PlanFileWireNames.Channels)}.");
        }

        var id = Text(fields, "id", path);
        var aadObjectId = String(fields, "aadObjectId", path);
        return Errors.Count > errors ? null : new ChatAccountEntry(channel!, id!, aadObjectId);
    }

    private TaskEntry? ParseTask(JsonElement element, string path)
    {
        var errors = Errors.Count;
        var fields = Fields(
            element,
            path,
            "task",
            ["ref", "title", "field", "index", "criterion", "score", "target", "lead", "coordinating", "assignees", "deadline", "deadlineText", "evidenceRequired"],
            ["ref", "title", "lead", "deadline"]);
        if (fields is null)
        {
            return null;
        }

        var taskRef = Text(fields, "ref", path);
        var title = Text(fields, "title", path);
        var field = String(fields, "field", path);
        var index = Enum(fields, "index", path, PlanFileWireNames.Indices);
        var criterion = String(fields, "criterion", path);
        var score = fields.TryGetValue("score", out var scoreElement) ? ParseScore(scoreElement, $"{path}.score") : null;
        var target = String(fields, "target", path);
        var lead = UnitCodeList(fields, "lead", path, minItems: 1);
        var coordinating = UnitCodeList(fields, "coordinating", path, minItems: 0);
        var assignees = StringList(fields, "assignees", path, minLength: 1);
        var deadline = fields.TryGetValue("deadline", out var deadlineElement) ? ParseDeadline(deadlineElement, $"{path}.deadline") : null;
        var deadlineText = String(fields, "deadlineText", path);
        var evidenceRequired = Boolean(fields, "evidenceRequired", path) ?? false;
        return Errors.Count > errors
            ? null
            : new TaskEntry(taskRef!, title!, field, index, criterion, score, target, lead!, coordinating ?? [], assignees, deadline!, deadlineText, evidenceRequired);
    }

    private Score? ParseScore(JsonElement element, string path)
    {
        var fields = Fields(element, path, "score", ["current", "max"], ["current", "max"]);
        if (fields is null)
        {
            return null;
        }

        var current = Number(fields, "current", path);
        var max = Number(fields, "max", path);
        if (current < 0)
        {
            Error($"{path}.current", "current must be 0 or more.");
        }

        if (max <= 0)
        {
            Error($"{path}.max", "max must be more than 0.");
        }

        return current is null || max is null ? null : new Score(current.Value, max.Value);
    }

    private Deadline? ParseDeadline(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return ParseDate(element, path) is { } date ? Deadline.On(date) : null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, "deadline must be a date (yyyy-mm-dd) or an object with \"kind\": \"ongoing\" or \"year\".");
            return null;
        }

        var errors = Errors.Count;
        var fields = Fields(element, path, "deadline", ["kind", "until", "year", "checkIn"], ["kind"]);
        if (fields is null)
        {
            return null;
        }

        var kind = Enum(fields, "kind", path, PlanFileWireNames.DeadlineKinds);
        var until = Date(fields, "until", path);
        var year = Integer(fields, "year", path, 2000, 2100);
        var checkIn = Enum(fields, "checkIn", path, PlanFileWireNames.CheckIns);
        if (until is not null && kind == DeadlineKind.Year)
        {
            Error($"{path}.until", "until applies to ongoing deadlines only; a year deadline closes on 31 December.");
        }

        if (year is not null && kind == DeadlineKind.Ongoing)
        {
            Error($"{path}.year", "year applies to year deadlines only; use until to close an ongoing task.");
        }

        return Errors.Count > errors || kind is null ? null : new Deadline(kind.Value, null, until, year, checkIn);
    }

    private ReportEntry? ParseReport(JsonElement element, string path)
    {
        var errors = Errors.Count;
        var fields = Fields(
            element,
            path,
            "report",
            ["code", "title", "cadence", "dueDay", "dueMonths", "dueMonth", "window", "submitters", "recipient"],
            ["code", "title", "cadence", "dueDay", "window", "submitters", "recipient"]);
        if (fields is null)
        {
            return null;
        }

        var code = Text(fields, "code", path);
        var title = Text(fields, "title", path);
        var cadence = Enum(fields, "cadence", path, PlanFileWireNames.Cadences);
        var dueDay = Integer(fields, "dueDay", path, 1, 31);
        List<int>? dueMonths = null;
        if (fields.TryGetValue("dueMonths", out var monthsElement))
        {
            dueMonths = [];
            Items(monthsElement, $"{path}.dueMonths", minItems: 1, (item, itemPath, _) =>
            {
                if (ParseInteger(item, itemPath, 1, 12) is int month)
                {
                    if (dueMonths.Contains(month))
                    {
                        Error(itemPath, $"Month {month} appears more than once.");
                    }

                    dueMonths.Add(month);
                }
            });
        }

        var dueMonth = Integer(fields, "dueMonth", path, 1, 12);
        var window = Enum(fields, "window", path, PlanFileWireNames.Windows);
        var submitters = UnitCodeList(fields, "submitters", path, minItems: 1);
        var recipient = UnitCode(fields, "recipient", path);
        return Errors.Count > errors
            ? null
            : new ReportEntry(code!, title!, cadence!.Value, dueDay!.Value, dueMonths, dueMonth, window!.Value, submitters!, recipient!);
    }

    /// <summary>The object's fields by name, after reporting unknown, repeated and missing ones; null when it is no object.</summary>
    private Dictionary<string, JsonElement>? Fields(JsonElement element, string path, string what, string[] allowed, string[] required)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, $"{Capitalize(what)} must be a JSON object, not {Describe(element)}.");
            return null;
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                UnknownField(path, property.Name, what, allowed);
            }
            else if (!fields.TryAdd(property.Name, property.Value))
            {
                RepeatedField(path, property.Name);
            }
        }

        MissingFields(path, what, required, fields.ContainsKey);
        return fields;
    }

    private void UnknownField(string path, string name, string what, string[] allowed) =>
        Error(Child(path, name), $"Unknown field \"{name}\" in {what}; allowed: {string.Join(", ", allowed)}.");

    private void RepeatedField(string path, string name) => Error(Child(path, name), $"Field \"{name}\" appears more than once.");

    private void MissingFields(string path, string what, string[] required, Func<string, bool> present)
    {
        foreach (var name in required.Where(name => !present(name)))
        {
            Error(Child(path, name), $"{Capitalize(what)} needs \"{name}\".");
        }
    }

    private void MinItemsError(string path, int count, int minItems)
    {
        if (count < minItems)
        {
            Error(path, $"Needs at least {minItems} item{(minItems == 1 ? string.Empty : "s")}.");
        }
    }

    private void Items(JsonElement element, string path, int minItems, Action<JsonElement, string, int> read)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            Error(path, $"Expected an array, not {Describe(element)}.");
            return;
        }

        MinItemsError(path, element.GetArrayLength(), minItems);

        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            read(item, $"{path}[{index}]", index);
            index++;
        }
    }

    private string? String(Dictionary<string, JsonElement> fields, string name, string path)
    {
        if (!fields.TryGetValue(name, out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            Error(Child(path, name), $"Expected a string, not {Describe(element)}.");
            return null;
        }

        return element.GetString();
    }

    /// <summary>A string that says something: not empty or blank, and matching <paramref name="pattern"/> when given.</summary>
    private string? Text(Dictionary<string, JsonElement> fields, string name, string path, Regex? pattern = null, string? expected = null)
    {
        var value = String(fields, name, path);
        if (value is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Error(Child(path, name), $"{name} must not be empty.");
            return null;
        }

        if (pattern is not null && !pattern.IsMatch(value))
        {
            Error(Child(path, name), $"\"{value}\" is not {expected}.");
            return null;
        }

        return value;
    }

    private string? UnitCode(Dictionary<string, JsonElement> fields, string name, string path) =>
        Text(fields, name, path, UnitCodePattern(), UnitCodeExpected);

    private List<string>? UnitCodeList(Dictionary<string, JsonElement> fields, string name, string path, int minItems)
    {
        if (!fields.TryGetValue(name, out var element))
        {
            return null;
        }

        var codes = new List<string>();
        Items(element, Child(path, name), minItems, (item, itemPath, _) =>
        {
            if (ParseString(item, itemPath) is not { } code)
            {
                return;
            }

            if (!UnitCodePattern().IsMatch(code))
            {
                Error(itemPath, $"\"{code}\" is not {UnitCodeExpected}.");
            }
            else if (codes.Contains(code, StringComparer.Ordinal))
            {
                Error(itemPath, $"Unit \"{code}\" appears more than once.");
            }
            else
            {
                codes.Add(code);
            }
        });
        return codes;
    }

    private List<string>? StringList(Dictionary<string, JsonElement> fields, string name, string path, int minLength)
    {
        if (!fields.TryGetValue(name, out var element))
        {
            return null;
        }

        var values = new List<string>();
        Items(element, Child(path, name), minItems: 0, (item, itemPath, _) =>
        {
            if (ParseString(item, itemPath) is not { } value)
            {
                return;
            }

            if (value.Length < minLength || (minLength > 0 && string.IsNullOrWhiteSpace(value)))
            {
                Error(itemPath, "Must not be empty.");
            }
            else
            {
                values.Add(value);
            }
        });
        return values;
    }

    private List<T>? EnumList<T>(Dictionary<string, JsonElement> fields, string name, string path, IReadOnlyDictionary<string, T> names, bool unique, int minItems = 0)
        where T : struct, Enum
    {
        if (!fields.TryGetValue(name, out var element))
        {
            return null;
        }

        var values = new List<T>();
        Items(element, Child(path, name), minItems, (item, itemPath, _) =>
        {
            if (ParseEnum(item, itemPath, names) is not { } value)
            {
                return;
            }

            if (unique && values.Contains(value))
            {
                Error(itemPath, $"\"{item.GetString()}\" appears more than once.");
            }
            else
            {
                values.Add(value);
            }
        });
        return values;
    }

    private T? Enum<T>(Dictionary<string, JsonElement> fields, string name, string path, IReadOnlyDictionary<string, T> names)
        where T : struct, Enum =>
        fields.TryGetValue(name, out var element) ? ParseEnum(element, Child(path, name), names) : null;

    private T? ParseEnum<T>(JsonElement element, string path, IReadOnlyDictionary<string, T> names)
        where T : struct, Enum
    {
        if (ParseString(element, path) is not { } text)
        {
            return null;
        }

        if (names.TryGetValue(text, out var value))
        {
            return value;
        }

        Error(path, $"\"{text}\" is not one of {string.Join(", ", names.Keys)}.");
        return null;
    }

    private string? ParseString(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString();
        }

        Error(path, $"Expected a string, not {Describe(element)}.");
        return null;
    }

    private DateOnly? Date(Dictionary<string, JsonElement> fields, string name, string path) =>
        fields.TryGetValue(name, out var element) ? ParseDate(element, Child(path, name)) : null;

    private DateOnly? ParseDate(JsonElement element, string path)
    {
        if (ParseString(element, path) is not { } text)
        {
            return null;
        }

        if (!DatePattern().IsMatch(text))
        {
            Error(path, $"\"{text}\" is not a date in the form yyyy-mm-dd.");
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error(path, $"\"{text}\" is not a real calendar date.");
            return null;
        }

        // Far enough for any plan, near enough that deadline and reminder arithmetic never leaves the calendar.
        if (date.Year is < 1900 or > 2200)
        {
            Error(path, $"\"{text}\" is outside the years 1900 to 2200.");
            return null;
        }

        return date;
    }

    private int? Integer(Dictionary<string, JsonElement> fields, string name, string path, int min, int max) =>
        fields.TryGetValue(name, out var element) ? ParseInteger(element, Child(path, name), min, max) : null;

    private int? ParseInteger(JsonElement element, string path, int min, int max)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDecimal(out var number) || number != decimal.Truncate(number))
        {
            Error(path, $"Expected a whole number, not {Describe(element)}.");
            return null;
        }

        if (number < min || number > max)
        {
            Error(path, $"{number} is out of range; expected {min} to {max}.");
            return null;
        }

        return (int)number;
    }

    private decimal? Number(Dictionary<string, JsonElement> fields, string name, string path)
    {
        if (!fields.TryGetValue(name, out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDecimal(out var number))
        {
            Error(Child(path, name), $"Expected a number, not {Describe(element)}.");
            return null;
        }

        return number;
    }

    private bool? Boolean(Dictionary<string, JsonElement> fields, string name, string path)
    {
        if (!fields.TryGetValue(name, out var element))
        {
            return null;
        }

        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        Error(Child(path, name), $"Expected true or false, not {Describe(element)}.");
        return null;
    }

    private void Error(string path, string message) => Errors.Add(new PlanFileError(path, message));

    private static string Child(string path, string name) =>
        FieldNamePattern().IsMatch(name) ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => "null",
    };

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private const string UnitCodeExpected = "a unit code of letters, digits, '_' or '-' (e.g. LV-PNV)";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex UnitCodePattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex OfficerIdPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9]{8,15}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DatePattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex FieldNamePattern();
}
