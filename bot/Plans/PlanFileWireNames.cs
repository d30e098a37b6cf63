namespace ReformBot.Plans;

/// <summary>The plan file's names for enum values, both ways, so reader, writer and diff agree.</summary>
internal static class PlanFileWireNames
{
    public static readonly IReadOnlyDictionary<string, ReformIndex> Indices = new Dictionary<string, ReformIndex>(StringComparer.Ordinal)
    {
        ["PAR_INDEX"] = ReformIndex.ParIndex,
        ["SIPAS"] = ReformIndex.Sipas,
        ["PAPI"] = ReformIndex.Papi,
        ["PCI"] = ReformIndex.Pci,
        ["QD766"] = ReformIndex.Qd766,
    };

    public static readonly IReadOnlyDictionary<string, OfficerRole> Roles = new Dictionary<string, OfficerRole>(StringComparer.Ordinal)
    {
        ["officer"] = OfficerRole.Officer,
        ["unitHead"] = OfficerRole.UnitHead,
        ["coordinator"] = OfficerRole.Coordinator,
    };

    public static readonly IReadOnlyDictionary<string, CheckInCadence> CheckIns = new Dictionary<string, CheckInCadence>(StringComparer.Ordinal)
    {
        ["weekly"] = CheckInCadence.Weekly,
        ["monthly"] = CheckInCadence.Monthly,
        ["quarterly"] = CheckInCadence.Quarterly,
        ["none"] = CheckInCadence.None,
    };

    public static readonly IReadOnlyDictionary<string, DeadlineKind> DeadlineKinds = new Dictionary<string, DeadlineKind>(StringComparer.Ordinal)
    {
        ["ongoing"] = DeadlineKind.Ongoing,
        ["year"] = DeadlineKind.Year,
    };

    public static readonly IReadOnlyDictionary<string, ReportCadence> Cadences = new Dictionary<string, ReportCadence>(StringComparer.Ordinal)
    {
        ["monthly"] = ReportCadence.Monthly,
        ["quarterly"] = ReportCadence.Quarterly,
        ["yearly"] = ReportCadence.Yearly,
    };

    public static readonly IReadOnlyDictionary<string, ReportWindow> Windows = new Dictionary<string, ReportWindow>(StringComparer.Ordinal)
    {
        ["previous-month"] = ReportWindow.PreviousMonth,
        ["15-to-14"] = ReportWindow.FifteenToFourteen,
        ["reporting-year-to-date"] = ReportWindow.ReportingYearToDate,
        ["calendar-year-to-date"] = ReportWindow.CalendarYearToDate,
        ["none"] = ReportWindow.None,
    };

    public static readonly IReadOnlySet<string> Channels = new HashSet<string>(StringComparer.Ordinal)
    {
        "msteams", "zalo", "emulator", "webchat", "directline",
    };

    public static string Of<T>(IReadOnlyDictionary<string, T> names, T value)
        where T : struct, Enum =>
        names.First(pair => EqualityComparer<T>.Default.Equals(pair.Value, value)).Key;
}
