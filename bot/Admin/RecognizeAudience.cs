namespace ReformBot.Admin;

/// <summary>A broadcast audience; kind all, unit or tasks.</summary>
internal sealed record RecognizeAudience(string Kind, string? Unit, IReadOnlyList<string> TaskRefs);
