namespace ReformBot.Plans;

public enum DeadlineKind
{
    Date,
    Ongoing,
    Year,
}
