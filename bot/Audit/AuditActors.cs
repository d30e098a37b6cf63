namespace ReformBot.Audit;

/// <summary>Actors that are not an officer.</summary>
public static class AuditActors
{
    public const string Admin = "admin";
    public const string System = "system";
}
