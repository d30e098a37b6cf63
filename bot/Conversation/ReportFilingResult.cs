namespace ReformBot.Conversation;

/// <summary>What a filing said, and the submissions it recorded now (none when all were already recorded).</summary>
public sealed record ReportFilingResult(string Text, IReadOnlyList<long> Recorded);
