using System.Text.Json;
using ReformBot.Plans;

namespace ReformBot.Conversation.Confirmation;

/// <summary>What "Hoàn tác" puts back on a task: its status and progress before the change.</summary>
public sealed record UndoableTaskChange(string PlanCode, string TaskRef, TaskState State, int Progress)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static UndoableTaskChange? Read(string payload)
    {
        try
        {
            var change = JsonSerializer.Deserialize<UndoableTaskChange>(payload, Json);
            return change is { PlanCode.Length: > 0, TaskRef.Length: > 0, Progress: >= 0 and <= 100 } && Enum.IsDefined(change.State) ? change : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
