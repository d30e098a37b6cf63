namespace ReformBot.Plans;

/// <summary>Evidence (tài liệu kiểm chứng) attached to a task: a link, a document number or a file.</summary>
public sealed class TaskEvidence
{
    private TaskEvidence()
    {
        OfficerId = Channel = Value = string.Empty;
    }

    public TaskEvidence(long taskId, DateTimeOffset at, string officerId, string channel, EvidenceKind kind, string value, string? name)
    {
        TaskId = taskId;
        At = at;
        OfficerId = officerId;
        Channel = channel;
        Kind = kind;
        Value = value;
        Name = name;
    }

    public long Id { get; private set; }
    public long TaskId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string OfficerId { get; private set; }
    public string Channel { get; private set; }
    public EvidenceKind Kind { get; private set; }
    public string Value { get; private set; }
    public string? Name { get; private set; }
}
