using DocumentFormat.OpenXml.Packaging;
using ReformBot.Admin;
using ReformBot.Progress;
using ReformBot.Tests.Infrastructure;
using static ReformBot.Tests.Progress.OpenXmlRead;

namespace ReformBot.Tests.Progress;

/// <summary><c>progress</c> and <c>report-draft</c> on the command line: in process, and through the service's own executable for the caller's relative paths.</summary>
public sealed class ProgressCommandLineTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(ReformBotFactory factory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AdminCommandLine.RunAsync(factory.Services, args, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task<ReformBotFactory> LoadedAsync()
    {
        var factory = new ReformBotFactory();
        var imported = await RunAsync(factory, "import", Path.Combine(Fixtures.PlansDirectory, "lapvo-104-2024.json"));
        Assert.Equal(0, imported.Exit);
        return factory;
    }

    [Fact]
    public async Task ProgressWritesTheWorkbookOfAUnitAsOfADate()
    {
        using var factory = await LoadedAsync();
        var target = factory.Directory.File("vp.xlsx");

        var (exit, output, error) = await RunAsync(factory, "progress", "104/KH-UBND", "--unit", "LV-VP", "--at", "2024-11-30", "--out", target);

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains(target, output, StringComparison.Ordinal);
        using var workbook = SpreadsheetDocument.Open(target, false);
        var units = Rows(Sheet(workbook, ProgressTexts.UnitsSheet)).Skip(1).Select(r => Text(r[0])).ToList();
        Assert.Equal(["Văn phòng HĐND và UBND huyện"], units);
    }

    [Fact]
    public async Task ReportDraftWritesTheDraftOfAnOccurrence()
    {
        using var factory = await LoadedAsync();
        var target = factory.Directory.File("thang-11.docx");

        var (exit, _, error) = await RunAsync(factory, "report-draft", "104/KH-UBND", "BC-THANG", "2024-12-02", "--out", target);

        Assert.Equal((0, string.Empty), (exit, error));
        using var draft = WordprocessingDocument.Open(target, false);
        Assert.Contains("Tháng 11/2024", draft.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("progress", "999/KH-X", "--at", "2024-11-30")]
    [InlineData("progress", "104/KH-UBND", "--at", "2023-01-01")]
    [InlineData("progress", "104/KH-UBND", "--unit", "LV-NOPE", "--at", "2024-11-30")]
    [InlineData("report-draft", "104/KH-UBND", "BC-NAM", "2024-12-02")]
    [InlineData("report-draft", "104/KH-UBND", "BC-THANG", "2024-12-03")]
    public async Task ARefusedExportExitsWithOneSaysWhyAndWritesNothing(params string[] args)
    {
        using var factory = await LoadedAsync();
        var target = factory.Directory.File("refused.bin");

        var (exit, _, error) = await RunAsync(factory, [.. args, "--out", target]);

        Assert.Equal(1, exit);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Theory]
    [InlineData("progress")]
    [InlineData("progress", "104/KH-UBND", "--at", "30/11/2024")]
    [InlineData("report-draft", "104/KH-UBND", "BC-THANG")]
    public async Task WrongUsageExitsWithTwo(params string[] args)
    {
        using var factory = await LoadedAsync();

        var (exit, _, _) = await RunAsync(factory, args);

        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task TheExecutableWritesToAPathRelativeToTheCallersFolderAndFailsOnAnUnknownPlan()
    {
        await using var database = await TestDatabase.CreateAsync();
        var caller = database.Directory.File("caller");
        Directory.CreateDirectory(caller);

        Assert.Equal(0, (await ServiceExecutable.RunAsync(database, "import", Path.Combine(Fixtures.PlansDirectory, "lapvo-104-2024.json"))).Exit);
        var (exit, _, error) = await RunInAsync(database, caller, "progress", "104/KH-UBND", "--at", "2024-11-30", "--out", "tien-do.xlsx");
        Assert.Equal((0, string.Empty), (exit, error));
        using (var workbook = SpreadsheetDocument.Open(Path.Combine(caller, "tien-do.xlsx"), false))
        {
            Assert.Equal(12, Rows(Sheet(workbook, ProgressTexts.TasksSheet)).Count - 1);
        }

        var unknown = await RunInAsync(database, caller, "report-draft", "999/KH-X", "BC-THANG", "2024-12-02");
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("999/KH-X", unknown.Error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunInAsync(TestDatabase database, string folder, params string[] args)
    {
        var start = ServiceExecutable.Command(database, args);
        start.WorkingDirectory = folder;
        start.Environment["PWD"] = folder;
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
