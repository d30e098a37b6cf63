namespace ReformBot.Delivery;

/// <summary>What one round of the outbox did: messages sent, and attempts that failed (to be retried or dead).</summary>
public sealed record DeliveryRound(int Delivered, int Failed);
