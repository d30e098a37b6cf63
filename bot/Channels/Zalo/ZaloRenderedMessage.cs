namespace ReformBot.Channels.Zalo;

/// <summary>One bot message as Zalo shows it: texts of at most 2000 characters, sent in order, the buttons under the last.</summary>
public sealed record ZaloRenderedMessage(IReadOnlyList<string> Parts, IReadOnlyList<ZaloButton> Buttons)
{
    public const int MaxButtons = 5;

    /// <summary>The whole text, for channels without buttons and for template fields.</summary>
    public string FullText => string.Join('\n', Parts);
}
