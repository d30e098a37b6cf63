namespace ReformBot.Admin;

/// <summary>A new link code, shown once: it is stored only as a hash.</summary>
internal sealed record LinkCodeResponse(string OfficerId, string Code, DateTimeOffset ExpiresAt);
