namespace ReformBot.Broadcasts;

/// <summary>An announcement written to the outbox: its number, how many it goes to, how many never linked, whether it waits for the morning.</summary>
public sealed record QueuedAnnouncement(long Id, int Recipients, int NeverLinked, bool WaitsForMorning);

/// <summary>What cancelling a broadcast did: copies called off, copies already delivered, copies a sender held (on the wire).</summary>
public sealed record BroadcastCancellation(long Id, int Cancelled, int AlreadySent, int InFlight);
