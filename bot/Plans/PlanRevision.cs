namespace ReformBot.Plans;

/// <summary>
/// One loaded revision of a plan: the file as it was loaded (canonical form) and what it changed.
/// Kept so that a coordinator can see the history and a later revision's notifications can be explained.
/// </summary>
public sealed class PlanRevision
{
    private PlanRevision()
    {
        Source = FileJson = DiffJson = string.Empty;
    }

    public PlanRevision(int planId, int number, DateTimeOffset loadedAt, string source, string fileJson, string diffJson)
    {
        PlanId = planId;
        Number = number;
        LoadedAt = loadedAt;
        Source = source;
        FileJson = fileJson;
        DiffJson = diffJson;
    }

    public long Id { get; private set; }
    public int PlanId { get; private set; }
    public int Number { get; private set; }
    public DateTimeOffset LoadedAt { get; private set; }

    /// <summary>Where the file came from: "api", "cli" or "demo".</summary>
    public string Source { get; private set; }
    public string FileJson { get; private set; }
    public string DiffJson { get; private set; }
}
