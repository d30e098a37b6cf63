namespace ReformBot.Accounts;

public enum LinkOutcome
{
    Linked,
    AlreadyLinked,
    InvalidCode,
    Expired,
    Used,
    Locked,
}
