using System.Globalization;
using ReformBot.Admin;
using ReformBot.Audit;

namespace ReformBot.Progress;

/// <summary>
/// <c>progress &lt;plan&gt; [--unit …] [--at yyyy-MM-dd] [--out file.xlsx]</c> and
/// <c>report-draft &lt;plan&gt; &lt;report&gt; &lt;occurrence&gt; [--unit …] [--out file.docx]</c>: the admin API's exports on the
/// command line, audited as the admin's. Relative paths are the caller's; without <c>--out</c> the file gets its own
/// name in the caller's folder. Nothing is written when the export is refused (exit 1).
/// </summary>
internal sealed class ProgressCommandLine : ICommandLineVerb
{
    public IReadOnlyList<string> Names { get; } = ["progress", "report-draft"];

    public async Task<int> RunAsync(IServiceProvider scope, string command, string[] args, string[] operands, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var exports = scope.GetRequiredService<ProgressExports>();
        var unit = Option(args, "--unit");
        ExportResult result;
        if (command == "progress" && operands.Length == 1)
        {
            DateOnly? at = null;
            if (Option(args, "--at") is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await error.WriteLineAsync($"error: --at must be a date written yyyy-MM-dd, not '{text}'.");
                    return 2;
                }

                at = parsed;
            }

            result = await exports.WorkbookAsync(new ExportRequest(operands[0], unit, at), null, AuditActors.Admin, "cli", cancellationToken);
        }
        else if (command == "report-draft" && operands.Length == 3)
        {
            result = await exports.DraftAsync(new ExportRequest(operands[0], unit, null, operands[1], operands[2]), null, AuditActors.Admin, "cli", cancellationToken);
        }
        else
        {
            await error.WriteLineAsync(AdminCommandLine.Usage);
            return 2;
        }

        if (result.File is not { } file)
        {
            await error.WriteLineAsync($"error: {result.Detail}");
            return 1;
        }

        var path = AdminCommandLine.CallerPath(Option(args, "--out") ?? file.FileName);
        try
        {
            await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: cannot write {path}: {e.Message}");
            return 1;
        }

        await output.WriteLineAsync($"{operands[0]}: {file.FileName} ({file.Content.Length} bytes) written to {path}");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.FindIndex(args, a => a.Equals(name, StringComparison.OrdinalIgnoreCase));
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
