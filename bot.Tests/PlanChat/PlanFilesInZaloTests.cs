using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using ReformBot.Cards;
using ReformBot.PlanChat;
using ReformBot.Tests.Progress;
using ReformBot.Tests.Channels.Zalo;
using ReformBot.Tests.Infrastructure;
using ReformBot.Tests.PlanDrafts;

namespace ReformBot.Tests.PlanChat;

/// <summary>
/// A plan appendix sent to the Zalo OA (a <c>user_send_file</c> event whose file is fetched from a fake download
/// server): the preview as text with "Nạp kế hoạch" / "Huỷ" buttons, and the button's payload loads the plan.
/// </summary>
public sealed class PlanFilesInZaloTests
{
    private const string CoordinatorUser = "8477777777777777777";

    [Fact]
    public async Task CoordinatorSendsAnAppendixFileToTheOaSeesThePreviewAndLoadsItWithTheButton()
    {
        await using var files = await FakeFileServer.StartAsync();
        await using var host = await ZaloTestHost.StartAsync();
        await LinkCoordinatorAsync(host);
        var original = AppendixFiles.Plan("langson-126-2024.json");
        Assert.Equal(HttpStatusCode.OK, (await DraftClient.ImportDirectoryAsync(host.Client, AppendixFiles.Directory(original))).StatusCode);
        var xlsx = AppendixFiles.Build(original, AppendixFiles.Sheet);

        await host.PostOaAsync(FileEvent(CoordinatorUser, "phu-luc-126.xlsx", xlsx.Length, files.Put("phu-luc-126.xlsx", xlsx), "msg-file"));

        var preview = Assert.Single(await host.Zalo.WaitForAsync(FakeZaloServer.CsPath));
        var text = (string)preview.Json["message"]!["text"]!;
        Assert.Contains("Bản nháp kế hoạch 126/KH-UBND", text, StringComparison.Ordinal);
        Assert.Contains($"{original.Tasks.Count} nhiệm vụ", text, StringComparison.Ordinal);
        var buttons = preview.Json["message"]!["attachment"]!["payload"]!["buttons"]!.AsArray().Select(b => b!.AsObject()).ToList();
        Assert.Equal([CardTexts.PlanLoad, CardTexts.PlanCancel], buttons.Select(b => (string)b["title"]!).ToList());
        Assert.Single(files.Requests);

        await host.PostOaAsync(ZaloEvents.Text(CoordinatorUser, (string)buttons[0]["payload"]!, "msg-load"));

        var answers = await host.Zalo.WaitForAsync(FakeZaloServer.CsPath, 2);
        Assert.Contains("Đã nạp kế hoạch 126/KH-UBND", (string)answers[1].Json["message"]!["text"]!, StringComparison.Ordinal);
        await using var db = host.Factory.CreateDbContext();
        Assert.Equal(1, await db.Plans.Where(p => p.Code == original.Plan.Code).Select(p => p.Revision).SingleAsync());
    }

    [Fact]
    public async Task AllWarningsComeAsASignedLinkToAWorkbookOfEveryWarning()
    {
        await using var files = await FakeFileServer.StartAsync();
        await using var host = await ZaloTestHost.StartAsync();
        await LinkCoordinatorAsync(host);
        var stored = AppendixFiles.Plan("lapvo-104-2024.json");
        var xlsx = AppendixFiles.Build(stored with { Tasks = [.. stored.Tasks.Select(t => t with { DeadlineText = "Khi có yêu cầu" })] }, AppendixFiles.Sheet);

        await host.PostOaAsync(FileEvent(CoordinatorUser, "phu-luc-104.xlsx", xlsx.Length, files.Put("phu-luc-104.xlsx", xlsx), "msg-file"));

        // A long preview comes in several parts, the buttons under the last.
        await InboxSettled.WaitAsync(host.Factory);
        var preview = host.Zalo.To(FakeZaloServer.CsPath)[^1];
        var buttons = preview.Json["message"]!["attachment"]!["payload"]!["buttons"]!.AsArray().Select(b => b!.AsObject()).ToList();
        Assert.Equal([CardTexts.PlanLoad, CardTexts.PlanCancel, CardTexts.AllWarnings], buttons.Select(b => (string)b["title"]!).ToList());

        await host.PostOaAsync(ZaloEvents.Text(CoordinatorUser, (string)buttons[2]["payload"]!, "msg-warnings"));

        var before = host.Zalo.To(FakeZaloServer.CsPath).Count;
        var text = (string)(await host.Zalo.WaitForAsync(FakeZaloServer.CsPath, before + 1))[before].Json["message"]!["text"]!;
        Assert.Empty(host.Zalo.To(FakeZaloServer.UploadFilePath));
        var link = text.Split(' ', '\n').Single(w => w.StartsWith("/api/files/", StringComparison.Ordinal));
        using var response = await host.Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var rows = OpenXmlRead.Rows(OpenXmlRead.Sheet(workbook, PlanChatTexts.WarningsSheet)).Skip(2).ToList();
        Assert.Contains($"{rows.Count} cảnh báo", text, StringComparison.Ordinal);
        Assert.True(rows.Count > 10, $"{rows.Count} rows");
        Assert.All(rows.Where(r => OpenXmlRead.Text(r[3]) == "Khi có yêu cầu"), r => Assert.StartsWith("Trang tính “", OpenXmlRead.Text(r[0]), StringComparison.Ordinal));
        Assert.Equal(stored.Tasks.Count, rows.Count(r => OpenXmlRead.Text(r[4]).StartsWith("không hiểu thời hạn “Khi có yêu cầu”", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FileOverTheLimitThatZaloAnnouncesIsRefusedWithoutFetchingIt()
    {
        await using var files = await FakeFileServer.StartAsync();
        await using var host = await ZaloTestHost.StartAsync(new Dictionary<string, string?> { ["Admin:MaxPlanFileBytes"] = "300000" });
        await LinkCoordinatorAsync(host);

        await host.PostOaAsync(FileEvent(CoordinatorUser, "phu-luc.docx", 400000, files.Put("phu-luc.docx", new byte[400000]), "msg-big"));

        var answer = Assert.Single(await host.Zalo.WaitForAsync(FakeZaloServer.CsPath));
        Assert.Contains("quá giới hạn của tệp kế hoạch", (string)answer.Json["message"]!["text"]!, StringComparison.Ordinal);
        Assert.Empty(files.Requests);
        await using var db = host.Factory.CreateDbContext();
        Assert.Empty(await db.PendingPlanDrafts.ToListAsync());
    }

    /// <summary>The stored plan again, with its coordinator (lv.pnv.tp) on Zalo.</summary>
    private static async Task LinkCoordinatorAsync(ZaloTestHost host)
    {
        var plan = PlanJson.Load("lapvo-104-2024.json");
        foreach (var (officer, user) in new[] { ("lv.vp.cv1", ZaloTestHost.VpUser), ("lv.pnv.cv1", ZaloTestHost.PnvUser), ("lv.pnv.tp", CoordinatorUser) })
        {
            plan["officers"]!.AsArray().Select(o => o!.AsObject()).Single(o => (string?)o["id"] == officer)["accounts"] =
                new JsonArray(new JsonObject { ["channel"] = "zalo", ["id"] = user });
        }

        using var content = new ByteArrayContent(PlanJson.Bytes(plan)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        (await host.Client.PostAsync("/api/admin/plans", content)).EnsureSuccessStatusCode();
    }

    /// <summary>A <c>user_send_file</c> event as the OA webhook sends it (size as a string).</summary>
    private static string FileEvent(string userId, string name, int size, string url, string msgId) => new JsonObject
    {
        ["app_id"] = ZaloTestHost.AppId,
        ["sender"] = new JsonObject { ["id"] = userId },
        ["recipient"] = new JsonObject { ["id"] = "579745863508352884" },
        ["user_id_by_app"] = "552177279717587730",
        ["event_name"] = "user_send_file",
        ["message"] = new JsonObject
        {
            ["msg_id"] = msgId,
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["type"] = "file",
                ["payload"] = new JsonObject
                {
                    ["url"] = url,
                    ["size"] = size.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["name"] = name,
                    ["checksum"] = "f3b4a1c2",
                    ["type"] = Path.GetExtension(name).TrimStart('.'),
                },
            }),
        },
        ["timestamp"] = ZaloEvents.NextTimestamp(),
    }.ToJsonString();
}
