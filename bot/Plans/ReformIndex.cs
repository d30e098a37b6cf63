namespace ReformBot.Plans;

/// <summary>The national indices a plan improves. Wire names: PAR_INDEX, SIPAS, PAPI, PCI, QD766.</summary>
public enum ReformIndex
{
    ParIndex,
    Sipas,
    Papi,
    Pci,
    Qd766,
}
