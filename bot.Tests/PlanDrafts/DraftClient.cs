using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace ReformBot.Tests.PlanDrafts;

/// <summary>Posts appendices and directory sheets to the admin API as multipart uploads.</summary>
public static class DraftClient
{
    public static async Task<HttpResponseMessage> DraftAsync(HttpClient client, byte[] file, string fileName, byte[]? directory = null, string? code = null)
    {
        using var form = new MultipartFormDataContent();
        form.Add(File(file), "file", fileName);
        if (directory is not null)
        {
            form.Add(File(directory), "directory", "units.xlsx");
        }

        if (code is not null)
        {
            form.Add(new StringContent(code), "code");
        }

        return await client.PostAsync("/api/admin/plans/drafts", form);
    }

    public static async Task<HttpResponseMessage> ImportDirectoryAsync(HttpClient client, byte[] file)
    {
        using var form = new MultipartFormDataContent();
        form.Add(File(file), "file", "units.xlsx");
        return await client.PostAsync("/api/admin/directory", form);
    }

    public static Task<HttpResponseMessage> LoadAsync(HttpClient client, JsonNode draft) =>
        client.PostAsync("/api/admin/plans", new StringContent(draft.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    private static ByteArrayContent File(byte[] bytes) =>
        new(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } };
}
