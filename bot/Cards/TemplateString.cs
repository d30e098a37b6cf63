namespace ReformBot.Cards;

/// <summary>
/// Splits a template string into literal text and <c>${...}</c> expressions. A string that is exactly one expression
/// keeps the expression's JSON type when bound; otherwise the expressions are interpolated as text.
/// </summary>
internal static class TemplateString
{
    public static bool HasExpression(string text) => text.Contains("${", StringComparison.Ordinal);

    /// <summary>The parts in order: (false, literal text) or (true, expression text).</summary>
    public static IReadOnlyList<(bool IsExpression, string Text)> Split(string text)
    {
        var parts = new List<(bool, string)>();
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf("${", i, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add((false, text[i..]));
                break;
            }

            if (open > i)
            {
                parts.Add((false, text[i..open]));
            }

            var close = FindClose(text, open + 2)
                ?? throw new FormatException($"'${{' at position {open} has no closing '}}'");
            parts.Add((true, text[(open + 2)..close]));
            i = close + 1;
        }

        return parts;
    }

    private static int? FindClose(string text, int from)
    {
        char? quote = null;
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
        }

        return null;
    }
}
