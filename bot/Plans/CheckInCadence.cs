namespace ReformBot.Plans;

/// <summary>How often an ongoing or all-year task is asked for progress. Wire names: weekly, monthly, quarterly, none.</summary>
public enum CheckInCadence
{
    Weekly,
    Monthly,
    Quarterly,
    None,
}
