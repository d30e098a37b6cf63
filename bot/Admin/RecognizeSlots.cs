namespace ReformBot.Admin;

/// <summary>Slots; <see cref="Date"/> is an ISO date, <see cref="Duration"/> an ISO 8601 duration ("P2D", "PT2H").</summary>
internal sealed record RecognizeSlots(
    string? TaskRef, int? Percent, string? Date, string? Duration, string? Reason, string? Unit, string? Index,
    RecognizeReport? Report, string? Officer, RecognizeAudience? Audience, bool Urgent, string? Text, string? Code, string? Url);
