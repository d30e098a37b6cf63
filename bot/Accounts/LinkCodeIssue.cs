namespace ReformBot.Accounts;

/// <summary>A freshly issued link code, in clear: shown once to whoever issued it and never stored.</summary>
public sealed record LinkCodeIssue(string OfficerId, string Code, DateTimeOffset ExpiresAt);
