namespace ReformBot.Conversation.Recognition;

/// <summary>A report named in a message, with its period when said: "báo cáo tháng 11" → Monthly, 11; "quý 4" → Quarterly, 4.</summary>
public sealed record ReportMention(ReportKind Kind, int? Period);
