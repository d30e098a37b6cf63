using Microsoft.AspNetCore.Http.HttpResults;

namespace ReformBot.Admin;

/// <summary>
/// Reads a multipart upload (or a raw body, taken as the field <c>file</c>) with each file held to the plan file limit.
/// </summary>
internal static class UploadedFiles
{
    public static async Task<(Dictionary<string, ReadOnlyMemory<byte>> Files, Dictionary<string, string> Fields, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, int limit, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.OrdinalIgnoreCase);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (request.ContentLength > (2L * limit) + (64 * 1024))
        {
            return (files, fields, TooLarge(limit));
        }

        if (!request.HasFormContentType)
        {
            var body = await RequestBody.ReadAsync(request, limit, cancellationToken);
            if (body is null)
            {
                return (files, fields, TooLarge(limit));
            }

            files["file"] = body.Value;
            return (files, fields, null);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return (files, fields, TypedResults.Problem("The multipart body cannot be read.", statusCode: StatusCodes.Status400BadRequest, title: "Bad upload"));
        }

        foreach (var name in names)
        {
            if (form.Files.GetFile(name) is not { } file)
            {
                continue;
            }

            if (file.Length > limit)
            {
                return (files, fields, TooLarge(limit));
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            files[name] = buffer.ToArray();
        }

        foreach (var (key, value) in form)
        {
            fields[key] = value.ToString();
        }

        return (files, fields, null);
    }

    private static ProblemHttpResult TooLarge(int limit) =>
        TypedResults.Problem($"The file is larger than {limit} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large");
}
