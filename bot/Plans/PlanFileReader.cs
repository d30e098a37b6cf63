using System.Text.Json;

namespace ReformBot.Plans;

/// <summary>
/// Reads and validates a plan file (format <c>reformbot.plan/v1</c>). Validation is all-or-nothing and complete:
/// every problem in the file is reported at once, so a coordinator fixes the file in one pass.
/// </summary>
public static class PlanFileReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32 };

    public static PlanFileReadResult Read(ReadOnlyMemory<byte> utf8Json)
    {
        var bytes = utf8Json.Span.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json;

        // JsonDocument checks UTF-8 only when a string is read, which would fail half-way through the checks.
        if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
        {
            return new PlanFileReadResult(null, [new PlanFileError("$", "The file is not valid UTF-8; save it as UTF-8.")], []);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is long line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : string.Empty;
            return new PlanFileReadResult(null, [new PlanFileError("$", $"The file is not valid JSON{where}.")], []);
        }

        using (document)
        {
            var parser = new PlanFileParser();
            var parsed = parser.Parse(document.RootElement);
            if (parsed is not null)
            {
                PlanFileRules.Check(parsed, parser.Errors, parser.Warnings);
            }

            var errors = parser.Errors;
            return new PlanFileReadResult(errors.Count == 0 ? parsed?.ToPlanFile() : null, errors, parser.Warnings);
        }
    }
}
