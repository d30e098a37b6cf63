namespace ReformBot.Broadcasts;

/// <summary>An announcement written to the outbox: its number, how many it goes to, how many never linked, whether it waits for the morning.</summary>
public sealed record QueuedAnnouncement(long Id, int Recipients, int NeverLinked, bool WaitsForMorning);
