namespace ReformBot.Admin;

/// <summary>A page of the audit log, newest first; <see cref="NextBefore"/> is the <c>before</c> to ask for the next page, null on the last.</summary>
internal sealed record AuditPageResponse(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<AuditEntryResponse> Entries, long? NextBefore);
