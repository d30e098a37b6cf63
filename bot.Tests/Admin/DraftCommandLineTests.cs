using Microsoft.EntityFrameworkCore;
using ReformBot.Admin;
using ReformBot.Plans;
using ReformBot.Tests.Infrastructure;
using ReformBot.Tests.PlanDrafts;

namespace ReformBot.Tests.Admin;

/// <summary>The command-line verbs <c>draft</c>, <c>directory</c> and <c>appendix</c>, run in-process as the service's Program runs them.</summary>
public sealed class DraftCommandLineTests
{
    private const string Lapvo = "lapvo-104-2024.json";

    private static async Task<(int Exit, string Output, string Error)> RunAsync(ReformBotFactory factory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AdminCommandLine.RunAsync(factory.Services, args, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task AssertNothingStoredAsync(ReformBotFactory factory)
    {
        await using var db = factory.CreateDbContext();
        Assert.Empty(await db.Plans.ToListAsync());
        Assert.Empty(await db.UnitDirectoryImports.ToListAsync());
    }

    [Fact]
    public async Task DraftWritesTheDraftedPlanFileAndStoresNothing()
    {
        var original = AppendixFiles.Plan(Lapvo);
        using var folder = new TemporaryDirectory();
        await File.WriteAllBytesAsync(folder.File("phu-luc.docx"), AppendixFiles.Build(original, AppendixFiles.Par));
        await File.WriteAllBytesAsync(folder.File("units.xlsx"), AppendixFiles.Directory(original));
        using var factory = new ReformBotFactory();

        var (exit, _, error) = await RunAsync(factory, "draft", folder.File("phu-luc.docx"), "--directory", folder.File("units.xlsx"), "--out", folder.File("draft.json"));

        Assert.True(exit == 0, error);
        Assert.Contains($"{original.Tasks.Count} task(s)", error, StringComparison.Ordinal);
        Assert.Contains("valid.", error, StringComparison.Ordinal);
        var draft = PlanFileReader.Read(await File.ReadAllBytesAsync(folder.File("draft.json")));
        Assert.True(draft.IsValid);
        Assert.Equal(original.Plan.Code, draft.Plan!.Plan.Code);
        Assert.Equal(original.Tasks.Select(t => t.Ref), draft.Plan.Tasks.Select(t => t.Ref));
        await AssertNothingStoredAsync(factory);
    }

    [Fact]
    public async Task DraftWithoutAnOutputFilePrintsThePlanFileWithTheCodeGiven()
    {
        var original = AppendixFiles.Plan(Lapvo);
        using var folder = new TemporaryDirectory();
        await File.WriteAllBytesAsync(folder.File("phu-luc.xlsx"), AppendixFiles.Build(original, AppendixFiles.Sheet));
        await File.WriteAllBytesAsync(folder.File("units.xlsx"), AppendixFiles.Directory(original));
        using var factory = new ReformBotFactory();

        var (exit, output, error) = await RunAsync(factory, "draft", folder.File("phu-luc.xlsx"), "--directory", folder.File("units.xlsx"), "--code", "999/KH-UBND");

        Assert.True(exit == 0, error);
        var draft = PlanFileReader.Read(System.Text.Encoding.UTF8.GetBytes(output));
        Assert.Equal("999/KH-UBND", draft.Plan!.Plan.Code);
        await AssertNothingStoredAsync(factory);
    }

    [Theory]
    [InlineData("pdf", "PDF files cannot be drafted")]
    [InlineData("doc", "old binary Office file")]
    [InlineData("encrypted", "password-protected")]
    [InlineData("corrupted", "damaged")]
    [InlineData("no-table", "No task table")]
    public async Task DraftOfAFileThatIsNoAppendixExitsWithOneSayingWhyAndStoresNothing(string kind, string reason)
    {
        using var folder = new TemporaryDirectory();
        await File.WriteAllBytesAsync(folder.File("phu-luc.docx"), BadDraftFilesTests.Make(kind));
        using var factory = new ReformBotFactory();

        var (exit, output, error) = await RunAsync(factory, "draft", folder.File("phu-luc.docx"), "--out", folder.File("draft.json"));

        Assert.Equal(1, exit);
        Assert.Contains("cannot be drafted", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.False(File.Exists(folder.File("draft.json")));
        await AssertNothingStoredAsync(factory);
    }

    [Fact]
    public async Task DirectoryImportsAValidSheetAndRefusesOneWithAnErrorAtItsCell()
    {
        var plan = AppendixFiles.Plan(Lapvo);
        using var folder = new TemporaryDirectory();
        await File.WriteAllBytesAsync(folder.File("bad.xlsx"), AppendixFiles.Workbook([("Đầu mối", [["Đơn vị", "Họ và tên", "E-mail"], ["Phòng Nội vụ", "Nguyễn Văn A", "khong-phai-email"]], [])]));
        await File.WriteAllBytesAsync(folder.File("units.xlsx"), AppendixFiles.Directory(plan));
        using var factory = new ReformBotFactory();

        var refused = await RunAsync(factory, "directory", folder.File("bad.xlsx"));

        Assert.Equal(1, refused.Exit);
        Assert.Contains("was not imported; nothing was stored", refused.Error, StringComparison.Ordinal);
        Assert.Contains("C2", refused.Error, StringComparison.Ordinal);
        await AssertNothingStoredAsync(factory);

        var imported = await RunAsync(factory, "directory", folder.File("units.xlsx"));

        Assert.True(imported.Exit == 0, imported.Error);
        await using var db = factory.CreateDbContext();
        var stored = await db.UnitDirectoryImports.SingleAsync();
        Assert.Equal($"directory: {stored.UnitCount} unit(s), {stored.OfficerCount} officer(s) imported", imported.Output.Trim());
        Assert.True(stored.UnitCount > 0);
    }

    [Fact]
    public async Task AppendixWritesTheStoredPlanAsATableThatDraftsBackIntoTheSameTasks()
    {
        using var folder = new TemporaryDirectory();
        using var factory = new ReformBotFactory();
        Assert.Equal(0, (await RunAsync(factory, "import", Path.Combine(Fixtures.PlansDirectory, Lapvo))).Exit);

        var (exit, output, error) = await RunAsync(factory, "appendix", "104/KH-UBND", folder.File("appendix.xlsx"));

        Assert.True(exit == 0, error);
        Assert.Contains("appendix written to", output, StringComparison.Ordinal);
        var drafted = await RunAsync(factory, "draft", folder.File("appendix.xlsx"));
        Assert.True(drafted.Exit == 0, drafted.Error);
        var draft = PlanFileReader.Read(System.Text.Encoding.UTF8.GetBytes(drafted.Output)).Plan!;
        Assert.Equal(AppendixFiles.Plan(Lapvo).Tasks.Select(t => t.Ref), draft.Tasks.Select(t => t.Ref));
    }

    [Fact]
    public async Task AppendixOfAnUnknownPlanExitsWithOneAndWritesNoFile()
    {
        using var folder = new TemporaryDirectory();
        using var factory = new ReformBotFactory();

        var (exit, _, error) = await RunAsync(factory, "appendix", "1/KH-KHONGCO", folder.File("appendix.xlsx"));

        Assert.Equal(1, exit);
        Assert.Contains("there is no plan with code '1/KH-KHONGCO'", error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("appendix.xlsx")));
    }
}
