namespace ReformBot.Plans;

/// <summary>A criterion's score: what the unit has now and the most it can get. Points at stake = Max − Current.</summary>
public sealed record Score(decimal Current, decimal Max)
{
    public decimal AtStake => Max - Current;
}
