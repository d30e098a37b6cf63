namespace ReformBot.Admin;

/// <summary>A report named in the message; kind in camelCase (monthly, quarterly, ...).</summary>
internal sealed record RecognizeReport(string Kind, int? Period);
