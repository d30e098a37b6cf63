using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;

namespace ReformBot.Cards;

/// <summary>
/// Binds an Adaptive Card template with data: a correct subset of Adaptive Cards Templating.
/// <list type="bullet">
/// <item><c>"${path}"</c> as a whole string keeps the value's JSON type; inside a longer string it is interpolated as text.</item>
/// <item><c>$data</c> on an element in an array repeats it per item of an array (with <c>$index</c>) or makes an object the new
/// scope; <c>$root</c> is always the data passed in.</item>
/// <item><c>$when</c> drops the element when false.</item>
/// <item>A path that leads nowhere (or to null) binds to nothing: the property is left out, embedded text is empty, and an
/// object whose properties all bound to nothing is dropped.</item>
/// </list>
/// The template is never modified; the result is a new tree.
/// </summary>
public static class CardTemplateBinder
{
    private const string DataKey = "$data";
    private const string WhenKey = "$when";
    private static readonly ConcurrentDictionary<string, TemplateExpression> Parsed = new(StringComparer.Ordinal);

    /// <summary>Binds <paramref name="template"/> with <paramref name="data"/>; null when the root itself binds to nothing.</summary>
    /// <exception cref="CardTemplateException">An expression has a syntax error.</exception>
    public static JsonNode? Bind(string templateName, JsonNode template, JsonNode? data)
    {
        ArgumentNullException.ThrowIfNull(template);
        var scope = new TemplateScope(data, data, null);
        var bound = template is JsonObject obj ? BindObject(templateName, obj, scope, inArray: false, isRoot: true) : [BindNode(templateName, template, scope)];
        return bound.Count == 0 ? null : bound[0].Node;
    }

    /// <summary>Parses every expression in <paramref name="template"/>, so that a syntax error shows at start-up, not at send time.</summary>
    /// <exception cref="CardTemplateException">An expression has a syntax error.</exception>
    public static void Check(string templateName, JsonNode? template)
    {
        switch (template)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Check(templateName, value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Check(templateName, item);
                }

                break;
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                foreach (var (isExpression, text) in Split(templateName, (string)value!))
                {
                    if (isExpression)
                    {
                        Parse(templateName, text);
                    }
                }

                break;
        }
    }

    private static TemplateValue BindNode(string name, JsonNode? node, TemplateScope scope) => node switch
    {
        null => TemplateValue.Of((JsonNode?)null),
        JsonObject obj => BindObject(name, obj, scope, inArray: false) is [var one] ? one : TemplateValue.Undefined,
        JsonArray array => TemplateValue.Of(BindArray(name, array, scope)),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => BindString(name, (string)value!, scope),
        _ => TemplateValue.Of(node.DeepClone()),
    };

    private static JsonArray BindArray(string name, JsonArray array, TemplateScope scope)
    {
        var result = new JsonArray();
        foreach (var item in array)
        {
            if (item is JsonObject obj)
            {
                foreach (var bound in BindObject(name, obj, scope, inArray: true))
                {
                    result.Add(bound.Node);
                }
            }
            else
            {
                var bound = BindNode(name, item, scope);
                if (bound.IsDefined)
                {
                    result.Add(bound.Node);
                }
            }
        }

        return result;
    }

    /// <summary>An object gives zero, one or (with <c>$data</c> on an array, inside an array) many bound objects.</summary>
    private static List<TemplateValue> BindObject(string name, JsonObject obj, TemplateScope scope, bool inArray, bool isRoot = false)
    {
        var results = new List<TemplateValue>();
        foreach (var itemScope in Scopes(name, obj, scope, inArray))
        {
            if (obj.TryGetPropertyValue(WhenKey, out var when) && !Evaluate(name, when, itemScope).IsTruthy)
            {
                continue;
            }

            var result = new JsonObject();
            var properties = 0;
            foreach (var (key, value) in obj)
            {
                if (key is DataKey or WhenKey)
                {
                    continue;
                }

                properties++;
                var bound = BindNode(name, value, itemScope);
                if (bound.IsDefined)
                {
                    result[key] = bound.Node;
                }
            }

            if (properties == 0 || result.Count > 0 || isRoot)
            {
                results.Add(TemplateValue.Of(result));
            }
        }

        return results;
    }

    private static IEnumerable<TemplateScope> Scopes(string name, JsonObject obj, TemplateScope scope, bool inArray)
    {
        if (!obj.TryGetPropertyValue(DataKey, out var dataNode))
        {
            return [scope];
        }

        var data = Evaluate(name, dataNode, scope);
        if (data.IsNothing)
        {
            return [];
        }

        if (inArray && data.Node is JsonArray items)
        {
            return items.Select((item, i) => new TemplateScope(item, scope.Root, i));
        }

        return [new TemplateScope(data.Node, scope.Root, scope.Index)];
    }

    /// <summary>The value of <c>$data</c> or <c>$when</c>: an expression string, or a literal.</summary>
    private static TemplateValue Evaluate(string name, JsonNode? node, TemplateScope scope) =>
        node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? BindString(name, (string)v!, scope) : TemplateValue.Of(node);

    private static TemplateValue BindString(string name, string text, TemplateScope scope)
    {
        if (!TemplateString.HasExpression(text))
        {
            return TemplateValue.Of(text);
        }

        var parts = Split(name, text);
        if (parts is [(true, var whole)])
        {
            var value = Parse(name, whole).Evaluate(scope);
            return value.IsNothing ? TemplateValue.Undefined : TemplateValue.Of(value.Node!.DeepClone());
        }

        var builder = new StringBuilder();
        foreach (var (isExpression, part) in parts)
        {
            builder.Append(isExpression ? Parse(name, part).Evaluate(scope).ToText() : part);
        }

        return TemplateValue.Of(builder.ToString());
    }

    private static IReadOnlyList<(bool IsExpression, string Text)> Split(string name, string text)
    {
        try
        {
            return TemplateString.Split(text);
        }
        catch (FormatException e)
        {
            throw new CardTemplateException(name, text, e.Message, e);
        }
    }

    private static TemplateExpression Parse(string name, string expression)
    {
        if (Parsed.TryGetValue(expression, out var parsed))
        {
            return parsed;
        }

        try
        {
            return Parsed.GetOrAdd(expression, TemplateExpressionParser.Parse(expression));
        }
        catch (FormatException e)
        {
            throw new CardTemplateException(name, "${" + expression + "}", e.Message, e);
        }
    }
}
