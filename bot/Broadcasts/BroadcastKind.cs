namespace ReformBot.Broadcasts;

public enum BroadcastKind
{
    /// <summary>A coordinator's announcement ("thông báo: ...").</summary>
    Announcement,

    /// <summary>What a plan revision changed for each person concerned.</summary>
    PlanChange,

    /// <summary>A message to one or a few people on someone's behalf (nudge, extension request or decision).</summary>
    Notice,
}
