namespace ReformBot.Plans;

/// <summary>Wire names: monthly, quarterly, yearly.</summary>
public enum ReportCadence
{
    Monthly,
    Quarterly,
    Yearly,
}
