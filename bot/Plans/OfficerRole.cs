namespace ReformBot.Plans;

/// <summary>Wire names: officer, unitHead, coordinator.</summary>
public enum OfficerRole
{
    Officer,
    UnitHead,
    Coordinator,
}
