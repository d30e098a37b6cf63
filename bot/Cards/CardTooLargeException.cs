namespace ReformBot.Cards;

/// <summary>A rendered card is over the Teams message limit; the caller must show less (page the list).</summary>
public sealed class CardTooLargeException : Exception
{
    public CardTooLargeException(string template, int bytes, int limit)
        : base($"Card '{template}' is {bytes} bytes when rendered, over the {limit}-byte limit of a Teams message; page or shorten its data.")
    {
        Template = template;
        Bytes = bytes;
        Limit = limit;
    }

    public string Template { get; }

    public int Bytes { get; }

    public int Limit { get; }
}
