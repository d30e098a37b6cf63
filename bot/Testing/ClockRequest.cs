namespace ReformBot.Testing;

/// <summary>Body of <c>POST /api/testing/clock</c>.</summary>
public sealed record ClockRequest(DateTimeOffset? Now);
