using System.Text.Json;

namespace ReformBot.Conversation.Confirmation;

/// <summary>What "Hoàn tác" takes back after "đã nộp báo cáo …": the report submissions that message recorded.</summary>
public sealed record UndoableReportSubmission(IReadOnlyList<long> SubmissionIds)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static UndoableReportSubmission? Read(string payload)
    {
        try
        {
            var undo = JsonSerializer.Deserialize<UndoableReportSubmission>(payload, Json);
            return undo is { SubmissionIds.Count: > 0 and <= 100 } ? undo : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
