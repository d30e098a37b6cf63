using System.Globalization;
using System.Text;

namespace ReformBot.Cards;

/// <summary>Recursive-descent parser for <see cref="TemplateExpression"/>; throws <see cref="FormatException"/> on a syntax error.</summary>
internal sealed class TemplateExpressionParser
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "(", ")", ",", ".", "[", "]", "+", "-"];
    private readonly List<(string Kind, string Text, int At)> _tokens = [];
    private int _next;

    private TemplateExpressionParser(string text)
    {
        Tokenize(text);
    }

    public static TemplateExpression Parse(string text)
    {
        var parser = new TemplateExpressionParser(text);
        if (parser._tokens.Count == 1)
        {
            throw new FormatException("the expression is empty");
        }

        var expression = parser.ParseOr();
        if (parser.Peek.Kind != "end")
        {
            throw new FormatException($"unexpected '{parser.Peek.Text}' at position {parser.Peek.At}");
        }

        return expression;
    }

    private (string Kind, string Text, int At) Peek => _tokens[_next];

    private bool Accept(string op)
    {
        if (Peek.Kind == "op" && Peek.Text == op)
        {
            _next++;
            return true;
        }

        return false;
    }

    private void Expect(string op)
    {
        if (!Accept(op))
        {
            throw new FormatException($"expected '{op}' at position {Peek.At} but found {Describe(Peek)}");
        }
    }

    private static string Describe((string Kind, string Text, int At) token) => token.Kind == "end" ? "the end" : $"'{token.Text}'";

    private TemplateExpression ParseOr()
    {
        var left = ParseAnd();
        while (Accept("||"))
        {
            left = new TemplateExpression.Binary("||", left, ParseAnd());
        }

        return left;
    }

    private TemplateExpression ParseAnd()
    {
        var left = ParseComparison();
        while (Accept("&&"))
        {
            left = new TemplateExpression.Binary("&&", left, ParseComparison());
        }

        return left;
    }

    private TemplateExpression ParseComparison()
    {
        var left = ParseAdditive();
        foreach (var op in (string[])["==", "!=", "<=", ">=", "<", ">"])
        {
            if (Accept(op))
            {
                return new TemplateExpression.Binary(op, left, ParseAdditive());
            }
        }

        return left;
    }

    private TemplateExpression ParseAdditive()
    {
        var left = ParseUnary();
        while (true)
        {
            if (Accept("+"))
            {
                left = new TemplateExpression.Binary("+", left, ParseUnary());
            }
            else if (Accept("-"))
            {
                left = new TemplateExpression.Binary("-", left, ParseUnary());
            }
            else
            {
                return left;
            }
        }
    }

    private TemplateExpression ParseUnary()
    {
        if (Accept("!"))
        {
            return new TemplateExpression.Not(ParseUnary());
        }

        return Accept("-") ? new TemplateExpression.Negate(ParseUnary()) : ParsePostfix();
    }

    private TemplateExpression ParsePostfix()
    {
        var expression = ParsePrimary();
        while (true)
        {
            if (Accept("."))
            {
                var name = _tokens[_next];
                if (name.Kind != "name")
                {
                    throw new FormatException($"expected a property name after '.' at position {name.At}");
                }

                _next++;
                expression = new TemplateExpression.Member(expression, name.Text);
            }
            else if (Accept("["))
            {
                var index = ParseOr();
                Expect("]");
                expression = new TemplateExpression.Indexer(expression, index);
            }
            else
            {
                return expression;
            }
        }
    }

    private TemplateExpression ParsePrimary()
    {
        var token = _tokens[_next];
        switch (token.Kind)
        {
            case "number":
                _next++;
                return new TemplateExpression.Literal(TemplateValue.Of(double.Parse(token.Text, CultureInfo.InvariantCulture)));
            case "string":
                _next++;
                return new TemplateExpression.Literal(TemplateValue.Of(token.Text));
            case "name":
                _next++;
                return ParseName(token);
            default:
                if (Accept("("))
                {
                    var inner = ParseOr();
                    Expect(")");
                    return inner;
                }

                throw new FormatException($"unexpected {Describe(token)} at position {token.At}");
        }
    }

    private TemplateExpression ParseName((string Kind, string Text, int At) token)
    {
        switch (token.Text)
        {
            case "true":
                return new TemplateExpression.Literal(TemplateValue.Of(true));
            case "false":
                return new TemplateExpression.Literal(TemplateValue.Of(false));
            case "null":
                return new TemplateExpression.Literal(TemplateValue.Of((System.Text.Json.Nodes.JsonNode?)null));
        }

        if (!Accept("("))
        {
            return new TemplateExpression.Name(token.Text);
        }

        if (!TemplateExpression.Call.Arity.TryGetValue(token.Text, out var arity))
        {
            throw new FormatException($"unknown function '{token.Text}' (known: exists, if, count, not)");
        }

        var args = new List<TemplateExpression>();
        if (!Accept(")"))
        {
            do
            {
                args.Add(ParseOr());
            }
            while (Accept(","));
            Expect(")");
        }

        if (args.Count != arity)
        {
            throw new FormatException($"function '{token.Text}' takes {arity} argument(s), not {args.Count}");
        }

        return new TemplateExpression.Call(token.Text, args);
    }

    private void Tokenize(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                _tokens.Add(("number", text[start..i], start));
            }
            else if (char.IsLetter(c) || c is '_' or '$')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '$'))
                {
                    i++;
                }

                _tokens.Add(("name", text[start..i], start));
            }
            else if (c is '\'' or '"')
            {
                i = ReadString(text, i);
            }
            else
            {
                var op = Array.Find(Operators, o => string.CompareOrdinal(text, i, o, 0, o.Length) == 0)
                    ?? throw new FormatException($"unexpected character '{c}' at position {i}");
                _tokens.Add(("op", op, i));
                i += op.Length;
            }
        }

        _tokens.Add(("end", string.Empty, text.Length));
    }

    private int ReadString(string text, int start)
    {
        var quote = text[start];
        var value = new StringBuilder();
        var i = start + 1;
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            value.Append(text[i]);
            i++;
        }

        if (i >= text.Length)
        {
            throw new FormatException($"unterminated string starting at position {start}");
        }

        _tokens.Add(("string", value.ToString(), start));
        return i + 1;
    }
}
