using System.Text.Json.Nodes;
using ReformBot.Admin;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Admin;

public sealed class AdminCommandLineTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(ReformBotFactory factory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AdminCommandLine.RunAsync(factory.Services, args, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task ImportThenExportToAFileGivesTheSamePlan()
    {
        using var factory = new ReformBotFactory();
        var source = Path.Combine(Fixtures.PlansDirectory, "langson-126-2024.json");
        var target = factory.Directory.File("export.json");

        var imported = await RunAsync(factory, "import", source);
        var exported = await RunAsync(factory, "export", "126/KH-UBND", target);

        Assert.Equal((0, ""), (imported.Exit, imported.Error));
        Assert.Contains("126/KH-UBND: revision 1 (created)", imported.Output, StringComparison.Ordinal);
        Assert.Equal(0, exported.Exit);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(source)), JsonNode.Parse(File.ReadAllText(target))));
    }

    [Fact]
    public async Task ExportWithoutAFileWritesToStandardOutput()
    {
        using var factory = new ReformBotFactory();
        await RunAsync(factory, "import", Path.Combine(Fixtures.PlansDirectory, "bacgiang-92-2024.json"));

        var (exit, output, _) = await RunAsync(factory, "export", "92/KH-TTPVHCC");

        Assert.Equal(0, exit);
        Assert.Equal("92/KH-TTPVHCC", (string?)JsonNode.Parse(output)!["plan"]!["code"]);
    }

    [Fact]
    public async Task InvalidFileExitsWithOneAndListsItsErrors()
    {
        using var factory = new ReformBotFactory();
        var broken = PlanJson.Load("lapvo-104-2024.json");
        broken["units"] = new JsonArray();
        var path = factory.Directory.File("broken.json");
        await File.WriteAllBytesAsync(path, PlanJson.Bytes(broken));

        var (exit, _, error) = await RunAsync(factory, "import", path);

        Assert.Equal(1, exit);
        Assert.Contains("$.units", error, StringComparison.Ordinal);
        Assert.Contains("nothing was stored", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("export")]
    [InlineData("import", "a.json", "b.json")]
    public async Task WrongUsageExitsWithTwo(params string[] args)
    {
        using var factory = new ReformBotFactory();

        var (exit, _, error) = await RunAsync(factory, args);

        Assert.Equal(2, exit);
        Assert.Contains("Usage", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("improt", "plan.json")]
    [InlineData("help")]
    public async Task UnknownCommandAnswersUsageWithTwo(params string[] args)
    {
        using var factory = new ReformBotFactory();

        var (exit, _, error) = await RunAsync(factory, args);

        Assert.True(AdminCommandLine.IsCommand(args));
        Assert.Equal(2, exit);
        Assert.Contains($"unknown command '{args[0]}'", error, StringComparison.Ordinal);
        Assert.Contains("Usage", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--urls=http://localhost:5000")]
    [InlineData("Storage:Provider=Sqlite")]
    public void ConfigurationAloneStartsTheService(string argument) => Assert.False(AdminCommandLine.IsCommand([argument]));

    [Fact]
    public void RelativePathsAreTheCallersAndAbsoluteOnesStay()
    {
        var caller = Environment.GetEnvironmentVariable("PWD");
        var expectedBase = caller is not null && Path.IsPathFullyQualified(caller) && Directory.Exists(caller) ? caller : Directory.GetCurrentDirectory();

        Assert.Equal(Path.Combine(expectedBase, "plans", "a.json"), AdminCommandLine.CallerPath(Path.Combine("plans", "a.json")));
        Assert.Equal("/tmp/a.json", AdminCommandLine.CallerPath("/tmp/a.json"));
    }

    [Fact]
    public async Task MissingFileNamesTheFullPathItTried()
    {
        using var factory = new ReformBotFactory();

        var (exit, _, error) = await RunAsync(factory, "import", "no-such-plan.json");

        Assert.Equal(1, exit);
        Assert.Contains($"file not found: {AdminCommandLine.CallerPath("no-such-plan.json")}", error, StringComparison.Ordinal);
        Assert.True(Path.IsPathFullyQualified(AdminCommandLine.CallerPath("no-such-plan.json")));
    }

    [Fact]
    public async Task MissingFileOrUnknownPlanExitsWithOne()
    {
        using var factory = new ReformBotFactory();

        Assert.Equal(1, (await RunAsync(factory, "import", factory.Directory.File("none.json"))).Exit);
        Assert.Equal(1, (await RunAsync(factory, "export", "1/KH-UBND")).Exit);
    }

    [Fact]
    public void ConfigurationArgumentsLeaveOutTheCommandAndItsOperands()
    {
        Assert.Equal(["--Storage:Provider=Sqlite"], AdminCommandLine.ConfigurationArguments(["import", "/tmp/x.json", "--Storage:Provider=Sqlite"]));
        Assert.Equal(["--urls=http://localhost:5000"], AdminCommandLine.ConfigurationArguments(["--urls=http://localhost:5000"]));
    }
}
