namespace ReformBot.Plans;

public enum ExtensionState
{
    Pending,
    Approved,
    Rejected,

    /// <summary>The officer asked again before anyone decided; the newer request replaced this one.</summary>
    Superseded,
}
