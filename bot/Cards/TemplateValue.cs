using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReformBot.Cards;

/// <summary>
/// The value of a template expression: a JSON node (null for JSON null) or "undefined" for a path that leads nowhere.
/// Undefined and null both bind to nothing.
/// </summary>
internal readonly record struct TemplateValue(bool IsDefined, JsonNode? Node)
{
    public static TemplateValue Undefined => default;

    public bool IsNothing => !IsDefined || Node is null;

    public JsonValueKind Kind => IsNothing ? JsonValueKind.Null : Node!.GetValueKind();

    public static TemplateValue Of(JsonNode? node) => new(true, node);

    public static TemplateValue Of(bool value) => new(true, JsonValue.Create(value));

    public static TemplateValue Of(double value) => new(true, JsonValue.Create(value));

    public static TemplateValue Of(string value) => new(true, JsonValue.Create(value));

    /// <summary>Falsy: nothing, false, 0, "" and empty arrays. Everything else is truthy.</summary>
    public bool IsTruthy => Kind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.False => false,
        JsonValueKind.True => true,
        JsonValueKind.Number => TryNumber(out var n) && n != 0,
        JsonValueKind.String => ((string)Node!).Length > 0,
        JsonValueKind.Array => Node!.AsArray().Count > 0,
        _ => true,
    };

    public bool TryNumber(out double number)
    {
        number = 0;
        return Kind == JsonValueKind.Number
            && double.TryParse(Node!.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    public bool TryString(out string text)
    {
        text = Kind == JsonValueKind.String ? (string)Node! : string.Empty;
        return Kind == JsonValueKind.String;
    }

    /// <summary>The text an embedded expression puts into a longer string.</summary>
    public string ToText() => Kind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        JsonValueKind.String => (string)Node!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => Node!.ToJsonString(),
    };

    public static bool AreEqual(TemplateValue left, TemplateValue right)
    {
        if (left.IsNothing || right.IsNothing)
        {
            return left.IsNothing && right.IsNothing;
        }

        if (left.TryNumber(out var a) && right.TryNumber(out var b))
        {
            return a.Equals(b);
        }

        if (left.TryString(out var s) && right.TryString(out var t))
        {
            return string.Equals(s, t, StringComparison.Ordinal);
        }

        return left.Kind == right.Kind && JsonNode.DeepEquals(left.Node, right.Node);
    }

    /// <summary>Orders two numbers or two strings; null when they cannot be compared (then every comparison is false).</summary>
    public static int? Compare(TemplateValue left, TemplateValue right)
    {
        if (left.TryNumber(out var a) && right.TryNumber(out var b))
        {
            return a.CompareTo(b);
        }

        if (left.TryString(out var s) && right.TryString(out var t))
        {
            return string.CompareOrdinal(s, t);
        }

        return null;
    }
}
