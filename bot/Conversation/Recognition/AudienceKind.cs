namespace ReformBot.Conversation.Recognition;

/// <summary>Who a broadcast goes to: everyone in the sender's plans, one unit, or the assignees of some tasks.</summary>
public enum AudienceKind
{
    All,
    Unit,
    Tasks,
}
