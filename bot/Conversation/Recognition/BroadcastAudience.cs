namespace ReformBot.Conversation.Recognition;

/// <summary>
/// The audience of a broadcast. <see cref="Unit"/> is the unit as typed (diacritics kept) when <see cref="Kind"/> is
/// <see cref="AudienceKind.Unit"/>; <see cref="TaskRefs"/> are normalised refs when it is <see cref="AudienceKind.Tasks"/>.
/// </summary>
public sealed record BroadcastAudience(AudienceKind Kind, string? Unit, IReadOnlyList<string> TaskRefs)
{
    public static BroadcastAudience Everyone { get; } = new(AudienceKind.All, null, []);
}
