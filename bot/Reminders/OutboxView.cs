namespace ReformBot.Reminders;

/// <summary>An outbox message as the admin API lists it, with the dedupe keys of the reminders it carries.</summary>
public sealed record OutboxView(
    long Id,
    string OfficerId,
    string Kind,
    string State,
    DateTimeOffset CreatedAt,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? SentAt,
    string? Channel,
    string? LastError,
    string? Text,
    IReadOnlyList<string> Reminders);
