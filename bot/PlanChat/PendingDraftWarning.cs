using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReformBot.PlanChat;

/// <summary>
/// One warning of a previewed draft as <see cref="PendingPlanDraft.Warnings"/> keeps it (a JSON array) for the
/// warnings workbook: where it is (table, row, column), what the cell holds, the problem in Vietnamese and, for a unit
/// that was not found, the closest names in the directory.
/// </summary>
public sealed record PendingDraftWarning(
    [property: JsonPropertyName("table")] string Table,
    [property: JsonPropertyName("row")] int? Row,
    [property: JsonPropertyName("column")] string Column,
    [property: JsonPropertyName("cell")] string CellText,
    [property: JsonPropertyName("problem")] string Problem,
    [property: JsonPropertyName("closest")] IReadOnlyList<string> Closest)
{
    public static string Write(IEnumerable<PendingDraftWarning> warnings) => JsonSerializer.Serialize(warnings);

    /// <summary>The stored warnings; none when the column is empty or not a JSON array (a draft stored before they were).</summary>
    public static IReadOnlyList<PendingDraftWarning> Read(string stored)
    {
        if (string.IsNullOrWhiteSpace(stored) || !stored.TrimStart().StartsWith('['))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<PendingDraftWarning>>(stored) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
