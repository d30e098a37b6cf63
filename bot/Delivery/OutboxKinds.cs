namespace ReformBot.Delivery;

/// <summary>
/// The kinds of outbox rows Delivery composes itself. Other kinds are composed by the <see cref="IOutboxComposer"/>
/// registered for them (e.g. Reminders composes "Reminders" rows from the plans at sending time).
/// </summary>
public static class OutboxKinds
{
    /// <summary>A message written down whole when it was decided (<see cref="OutboxMessage.Payload"/>).</summary>
    public const string Message = "Message";

    /// <summary>A plain-text notice stored by earlier versions (text only); sent as <see cref="Message"/> rows are.</summary>
    public const string LegacyNotice = "Notice";
}
