namespace ReformBot.Admin;

/// <summary>
/// A message to recognise; <see cref="Today"/> (ISO date) is the sender's date, by default today in Vietnam;
/// <see cref="PlanRefs"/> the task refs of the sender's plans ("1.2", "II.3.a"), which make a bare "1.2" a task
/// rather than the date 1/2 (at most 2,000, each at most 32 characters).
/// </summary>
internal sealed record RecognizeRequest(string? Text, string? Today, IReadOnlyList<string?>? PlanRefs = null);
