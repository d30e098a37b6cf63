using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.PlanDrafts;

public sealed class BadDraftFilesTests
{
    private static byte[] Docx() => AppendixFiles.Build(AppendixFiles.Plan("lapvo-104-2024.json"), AppendixFiles.Par);

    private static byte[] Rezip(byte[] file, Func<string, string, string> edit, (string Name, byte[] Content)? extra = null)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = edit(entry.FullName, reader.ReadToEnd());
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open());
                writer.Write(text);
            }

            if (extra is { } e)
            {
                using var stream = target.CreateEntry(e.Name, CompressionLevel.SmallestSize).Open();
                stream.Write(e.Content);
            }
        }

        return output.ToArray();
    }

    public static TheoryData<string, string> Files() => new()
    {
        { "pdf", "scanned" },
        { "doc", ".docx" },
        { "encrypted", "password" },
        { "macro", "Macro" },
        { "corrupted", "damaged" },
        { "bomb", "unpacks" },
        { "no-table", "No task table" },
    };

    public static byte[] Make(string kind)
    {
        var ole = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        return kind switch
        {
            "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n%scan\n"),
            "doc" => [.. ole, .. new byte[512]],
            "encrypted" => [.. ole, .. new byte[64], .. Encoding.Unicode.GetBytes("EncryptedPackage"), .. new byte[64]],
            "macro" => Rezip(Docx(), (name, text) => name == "[Content_Types].xml"
                ? text.Replace("wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml", StringComparison.Ordinal) : text),
            "corrupted" => Docx()[..600],
            "bomb" => Rezip(Docx(), (_, text) => text, ("word/media/zeros.bin", new byte[80 * 1024 * 1024])),
            _ => Rezip(Docx(), (name, text) => name == "word/document.xml"
                ? System.Text.RegularExpressions.Regex.Replace(text, "<w:tbl>.*</w:tbl>", string.Empty) : text),
        };
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task FileThatCannotBeDraftedGetsAProblemAndNothingIsStored(string kind, string expected)
    {
        using var factory = new ReformBotFactory();
        using var client = factory.CreateClient();

        using var response = await DraftClient.DraftAsync(client, Make(kind), "phu-luc.docx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains(expected, (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.Empty((await client.GetFromJsonAsync<JsonArray>("/api/admin/plans"))!);
    }

    [Fact]
    public async Task FileOverThePlanFileLimitIsRefused()
    {
        using var factory = new ReformBotFactory(new Dictionary<string, string?> { ["Admin:MaxPlanFileBytes"] = "10000" });
        using var client = factory.CreateClient();

        using var response = await DraftClient.DraftAsync(client, [.. Docx(), .. new byte[10000]], "phu-luc.docx");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task DirectorySheetWithAnErrorIsRefusedWithRowAndColumnAndAValidOneIsUsedByDrafts()
    {
        var plan = AppendixFiles.Plan("lapvo-104-2024.json");
        var sheet = AppendixFiles.Workbook([("Đầu mối", [["Đơn vị", "Họ và tên", "E-mail"], ["Phòng Nội vụ", "Nguyễn Văn A", "khong-phai-email"]], [])]);
        using var factory = new ReformBotFactory();
        using var client = factory.CreateClient();

        using var refused = await DraftClient.ImportDirectoryAsync(client, sheet);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = Assert.Single((await refused.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray())!;
        Assert.Equal("C2", (string)error["cell"]!);

        using var imported = await DraftClient.ImportDirectoryAsync(client, AppendixFiles.Directory(plan));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        using var draft = await DraftClient.DraftAsync(client, AppendixFiles.Build(plan, AppendixFiles.Index), "phu-luc.docx");
        var body = (await draft.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True((bool)body["valid"]!, body.ToJsonString());
        Assert.Empty(body["warnings"]!.AsArray());
    }
}
