namespace ReformBot.Cards;

public enum PlanChangeKind
{
    Added,
    Changed,
    Cancelled,
}
