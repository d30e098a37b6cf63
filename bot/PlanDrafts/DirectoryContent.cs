using System.Text.Json;
using ReformBot.Plans;

namespace ReformBot.PlanDrafts;

/// <summary>A directory's units and officers in the plan file's own entries, as stored in <see cref="UnitDirectoryImport"/>.</summary>
internal sealed record DirectoryContent(IReadOnlyList<UnitEntry> Units, IReadOnlyList<OfficerEntry> Officers)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DirectoryContent FromJson(string json) => JsonSerializer.Deserialize<DirectoryContent>(json, Json) ?? new DirectoryContent([], []);
}
