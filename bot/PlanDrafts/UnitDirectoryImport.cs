namespace ReformBot.PlanDrafts;

/// <summary>
/// One imported directory sheet (units and focal-point officers), kept whole as JSON: the newest import is the
/// directory drafts resolve names against, after the stored plans' own units. Replaced, never edited.
/// </summary>
public sealed class UnitDirectoryImport
{
    private UnitDirectoryImport()
    {
        Source = Content = string.Empty;
    }

    public UnitDirectoryImport(string source, string content, int units, int officers, DateTimeOffset importedAt)
        : this()
    {
        Source = source;
        Content = content;
        UnitCount = units;
        OfficerCount = officers;
        ImportedAt = importedAt;
    }

    public long Id { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }

    /// <summary>Who imported it: <c>api</c> or <c>cli</c>.</summary>
    public string Source { get; private set; }
    public int UnitCount { get; private set; }
    public int OfficerCount { get; private set; }

    /// <summary><see cref="DirectoryContent"/> as JSON.</summary>
    public string Content { get; private set; }
}
