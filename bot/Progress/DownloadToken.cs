using System.Text.Json.Serialization;

namespace ReformBot.Progress;

/// <summary>
/// What a signed download link stands for: the export to rebuild (kind, plan, unit scope, date or report occurrence),
/// who asked for it, and when the link expires (Unix seconds). The scope was checked when the link was issued.
/// <see cref="Item"/> names the one thing a file of another <see cref="IDownloadSource"/> is built from (a pending plan draft).
/// </summary>
public sealed record DownloadToken(
    [property: JsonPropertyName("k")] string Kind,
    [property: JsonPropertyName("p")] string PlanCode,
    [property: JsonPropertyName("u")] string? Unit,
    [property: JsonPropertyName("a")] DateOnly? At,
    [property: JsonPropertyName("r")] string? Report,
    [property: JsonPropertyName("o")] string? Occurrence,
    [property: JsonPropertyName("by")] string Actor,
    [property: JsonPropertyName("exp")] long ExpiresAt,
    [property: JsonPropertyName("i")] string? Item = null)
{
    public const string Workbook = "xlsx";
    public const string Draft = "docx";
}
