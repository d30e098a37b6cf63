using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReformBot.Cards;

/// <summary>
/// A parsed <c>${...}</c> expression. The language is a small subset of the Adaptive Expressions used by the official
/// templating SDK: paths (<c>a.b[0].c</c>, <c>$root</c>, <c>$data</c>, <c>$index</c>), string, number, bool and null
/// literals, <c>== != &lt; &lt;= &gt; &gt;= &amp;&amp; || ! + -</c>, parentheses and the functions
/// <c>exists(x)</c>, <c>if(c, a, b)</c>, <c>count(x)</c>, <c>not(x)</c>.
/// </summary>
internal abstract class TemplateExpression
{
    public abstract TemplateValue Evaluate(TemplateScope scope);

    internal sealed class Literal(TemplateValue value) : TemplateExpression
    {
        public override TemplateValue Evaluate(TemplateScope scope) => value;
    }

    internal sealed class Name(string name) : TemplateExpression
    {
        public override TemplateValue Evaluate(TemplateScope scope) => name switch
        {
            "$root" => scope.Root is null ? TemplateValue.Undefined : TemplateValue.Of(scope.Root),
            "$data" => scope.Data is null ? TemplateValue.Undefined : TemplateValue.Of(scope.Data),
            "$index" => scope.Index is int i ? TemplateValue.Of(i) : TemplateValue.Undefined,
            _ => Member.Lookup(TemplateValue.Of(scope.Data), name),
        };
    }

    internal sealed class Member(TemplateExpression target, string name) : TemplateExpression
    {
        public override TemplateValue Evaluate(TemplateScope scope) => Lookup(target.Evaluate(scope), name);

        public static TemplateValue Lookup(TemplateValue target, string name) =>
            target.Node is JsonObject obj && obj.TryGetPropertyValue(name, out var value) ? TemplateValue.Of(value) : TemplateValue.Undefined;
    }

    internal sealed class Indexer(TemplateExpression target, TemplateExpression index) : TemplateExpression
    {
        public override TemplateValue Evaluate(TemplateScope scope)
        {
            var on = target.Evaluate(scope);
            var at = index.Evaluate(scope);
            if (on.Node is JsonArray array && at.TryNumber(out var n) && n >= 0 && n < array.Count && n == Math.Floor(n))
            {
                return TemplateValue.Of(array[(int)n]);
            }

            return at.TryString(out var key) ? Member.Lookup(on, key) : TemplateValue.Undefined;
        }
    }

    internal sealed class Not(TemplateExpression operand) : TemplateExpression
    {
        public override TemplateValue Evaluate(TemplateScope scope) => TemplateValue.Of(!operand.Evaluate(scope).IsTruthy);
    }

    internal sealed class Negate(TemplateExpression operand) : TemplateExpression
    {
        public override TemplateValue Evaluate(TemplateScope scope) =>
            operand.Evaluate(scope).TryNumber(out var n) ? TemplateValue.Of(-n) : TemplateValue.Undefined;
    }

    internal sealed class Binary(string op, TemplateExpression left, TemplateExpression right) : TemplateExpression
    {
        public override TemplateValue Evaluate(TemplateScope scope)
        {
            var l = left.Evaluate(scope);
            switch (op)
            {
                case "&&":
                    return TemplateValue.Of(l.IsTruthy && right.Evaluate(scope).IsTruthy);
                case "||":
                    return TemplateValue.Of(l.IsTruthy || right.Evaluate(scope).IsTruthy);
            }

            var r = right.Evaluate(scope);
            return op switch
            {
                "==" => TemplateValue.Of(TemplateValue.AreEqual(l, r)),
                "!=" => TemplateValue.Of(!TemplateValue.AreEqual(l, r)),
                "<" => TemplateValue.Of(TemplateValue.Compare(l, r) is < 0),
                "<=" => TemplateValue.Of(TemplateValue.Compare(l, r) is <= 0),
                ">" => TemplateValue.Of(TemplateValue.Compare(l, r) is > 0),
                ">=" => TemplateValue.Of(TemplateValue.Compare(l, r) is >= 0),
                "+" => Add(l, r),
                "-" => l.TryNumber(out var a) && r.TryNumber(out var b) ? TemplateValue.Of(a - b) : TemplateValue.Undefined,
                _ => throw new InvalidOperationException("Unknown operator " + op),
            };
        }

        private static TemplateValue Add(TemplateValue l, TemplateValue r)
        {
            if (l.TryNumber(out var a) && r.TryNumber(out var b))
            {
                return TemplateValue.Of(a + b);
            }

            return l.Kind == JsonValueKind.String || r.Kind == JsonValueKind.String
                ? TemplateValue.Of(l.ToText() + r.ToText())
                : TemplateValue.Undefined;
        }
    }

    internal sealed class Call(string function, IReadOnlyList<TemplateExpression> args) : TemplateExpression
    {
        public static readonly IReadOnlyDictionary<string, int> Arity = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["exists"] = 1,
            ["count"] = 1,
            ["not"] = 1,
            ["if"] = 3,
        };

        public override TemplateValue Evaluate(TemplateScope scope)
        {
            switch (function)
            {
                case "if":
                    return args[0].Evaluate(scope).IsTruthy ? args[1].Evaluate(scope) : args[2].Evaluate(scope);
                case "exists":
                    return TemplateValue.Of(!args[0].Evaluate(scope).IsNothing);
                case "not":
                    return TemplateValue.Of(!args[0].Evaluate(scope).IsTruthy);
                default:
                    var value = args[0].Evaluate(scope);
                    return TemplateValue.Of(value.Node switch
                    {
                        JsonArray a => a.Count,
                        JsonObject o => o.Count,
                        JsonValue when value.TryString(out var s) => s.Length,
                        _ => 0,
                    });
            }
        }
    }
}
