namespace ReformBot.Testing;

/// <summary>The test clock's time, and after a move what the reminder cycles did on the way.</summary>
public sealed record ClockResponse(DateTimeOffset Now, int? Planned = null, int? Delivered = null, int? Failed = null);
