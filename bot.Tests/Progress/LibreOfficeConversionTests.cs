using System.Diagnostics;
using System.Net;
using ReformBot.Progress;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Progress;

/// <summary>
/// The produced workbook and report draft open in LibreOffice: converted headless to PDF (<c>soffice</c>, installed by
/// <c>.ci/run</c> where missing) and read back with <c>pdftotext</c>, with a profile of their own so that parallel runs
/// do not lock each other out.
/// </summary>
public sealed class LibreOfficeConversionTests(ProgressHostFixture fixture) : IClassFixture<ProgressHostFixture>
{
    private ProgressHost Host => fixture.Host;

    private async Task<byte[]> GetAsync(string path)
    {
        using var client = Host.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task TheWorkbookConvertsToAPdfShowingItsTasksAndUnits()
    {
        using var folder = new TemporaryDirectory();
        var (text, fonts) = await ConvertAsync(folder, "tien-do.xlsx", await GetAsync(ProgressHost.PlanPath + "/progress.xlsx"));

        AssertTimesNewRoman(fonts);
        Assert.Contains(ProgressTexts.TasksSheet, text, StringComparison.Ordinal);
        Assert.Contains("Văn phòng HĐND và UBND huyện", text, StringComparison.Ordinal);
        Assert.Contains("Quá hạn", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReportDraftConvertsToAPdfShowingItsHeadings()
    {
        using var folder = new TemporaryDirectory();
        var (text, fonts) = await ConvertAsync(folder, "du-thao.docx", await GetAsync(ProgressHost.PlanPath + "/reports/BC-THANG/2024-12-02/draft.docx"));

        AssertTimesNewRoman(fonts);
        Assert.Contains(ReportDraftTexts.Results, text, StringComparison.Ordinal);
        Assert.Contains(ReportDraftTexts.Shortcomings, text, StringComparison.Ordinal);
        Assert.Contains("Tháng 11/2024", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every font the PDF embeds is Times New Roman or what LibreOffice puts in its place (Liberation Serif, metrically
    /// the same): body cells, headings and page headers alike, no sans-serif anywhere.
    /// </summary>
    private static void AssertTimesNewRoman(IReadOnlyList<string> fonts)
    {
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(
            f.Contains("TimesNewRoman", StringComparison.OrdinalIgnoreCase) || f.Contains("LiberationSerif", StringComparison.OrdinalIgnoreCase),
            $"The PDF uses {f}; all fonts: {string.Join(", ", fonts)}"));
    }

    /// <summary>The file converted to PDF by LibreOffice; the PDF's text and the names of its fonts (from <c>pdffonts</c>).</summary>
    private static async Task<(string Text, IReadOnlyList<string> Fonts)> ConvertAsync(TemporaryDirectory folder, string name, byte[] content)
    {
        var source = folder.File(name);
        await File.WriteAllBytesAsync(source, content);
        var home = folder.File("home");
        Directory.CreateDirectory(home);
        var (exit, _, error) = await RunAsync(
            "soffice", home, "--headless", "--norestore", $"-env:UserInstallation={new Uri(folder.File("profile")).AbsoluteUri}",
            "--convert-to", "pdf", "--outdir", folder.Path, source);
        var pdf = Path.ChangeExtension(source, ".pdf");
        Assert.True(exit == 0 && File.Exists(pdf), $"soffice exited {exit}: {error}");
        var bytes = await File.ReadAllBytesAsync(pdf);
        Assert.True(bytes.Length > 10_000, $"The PDF has only {bytes.Length} bytes.");
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);

        var (textExit, text, textError) = await RunAsync("pdftotext", home, "-enc", "UTF-8", pdf, "-");
        Assert.True(textExit == 0, $"pdftotext exited {textExit}: {textError}");
        var (fontsExit, table, fontsError) = await RunAsync("pdffonts", home, pdf);
        Assert.True(fontsExit == 0, $"pdffonts exited {fontsExit}: {fontsError}");

        // "name type encoding emb sub uni object ID" under a dashed line; a subset name is "ABCDEF+LiberationSerif".
        var fonts = table.Split('\n').SkipWhile(l => !l.StartsWith("---", StringComparison.Ordinal)).Skip(1)
            .Where(l => l.Length > 0).Select(l => l.Split(' ')[0]).Distinct(StringComparer.Ordinal).ToList();
        return (text, fonts);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string program, string home, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = home };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = home;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
