namespace ReformBot.Cards;

/// <summary>Section <c>Cards</c>.</summary>
public sealed class CardsOptions
{
    public const string Section = "Cards";

    /// <summary>Folder with the <c>*.json</c> card templates; relative paths are taken from the app's folder.</summary>
    public string Directory { get; set; } = "cards";

    /// <summary>The folder as an absolute path.</summary>
    public string FullDirectory => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, Directory));
}
