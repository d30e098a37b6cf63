namespace ReformBot.Tests.Infrastructure;

/// <summary>The real plans shipped with the tests (copies of shared/fixtures/plans).</summary>
public static class Fixtures
{
    public static string PlansDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "plans");

    public static IEnumerable<string> PlanFileNames =>
        Directory.EnumerateFiles(PlansDirectory, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static TheoryData<string> PlanFiles => new(PlanFileNames);

    public static byte[] PlanBytes(string fileName) => File.ReadAllBytes(Path.Combine(PlansDirectory, fileName));

    public static string PlanText(string fileName) => File.ReadAllText(Path.Combine(PlansDirectory, fileName));
}
