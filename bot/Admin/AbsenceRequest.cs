namespace ReformBot.Admin;

/// <summary>
/// An absence a coordinator sets for someone: <see cref="From"/> and <see cref="Until"/> ISO dates (both inclusive),
/// <see cref="Reason"/> one of businessTrip, leave, sick, other (other by default).
/// </summary>
internal sealed record AbsenceRequest(string? OfficerId, string? From, string? Until, string? Reason);
