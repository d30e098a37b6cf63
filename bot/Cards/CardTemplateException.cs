namespace ReformBot.Cards;

/// <summary>A card template that cannot be used: bad JSON, a wrong card version, or a <c>${...}</c> expression with a syntax error.</summary>
public sealed class CardTemplateException : Exception
{
    public CardTemplateException(string template, string? expression, string problem)
        : base(expression is null
            ? $"Card template '{template}': {problem}"
            : $"Card template '{template}', expression '{expression}': {problem}")
    {
        Template = template;
        Expression = expression;
    }

    public CardTemplateException(string template, string? expression, string problem, Exception inner)
        : base($"Card template '{template}', expression '{expression}': {problem}", inner)
    {
        Template = template;
        Expression = expression;
    }

    public string Template { get; }

    public string? Expression { get; }
}
