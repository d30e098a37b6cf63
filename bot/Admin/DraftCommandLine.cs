using ReformBot.PlanDrafts;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Admin;

/// <summary>
/// <c>draft &lt;appendix&gt; [--directory units.xlsx] [--code 104/KH-UBND] [--out draft.json]</c>,
/// <c>directory &lt;units.xlsx&gt;</c> and <c>appendix &lt;plan code&gt; &lt;file.xlsx&gt;</c>: the admin API's drafting on the
/// command line. A draft is printed (or written), never stored; load it with <c>import</c>.
/// </summary>
internal static class DraftCommandLine
{
    public static readonly string[] Commands = ["draft", "directory", "appendix"];

    /// <summary>The options that take a value, of these commands, of <c>migrate</c> and of the <see cref="ICommandLineVerb"/>s (<c>progress</c>, <c>report-draft</c>).</summary>
    private static readonly string[] Options = ["--directory", "--code", "--out", "--unit", "--at", "--wait"];

    /// <summary>The arguments without this command's own options and their values (the rest is configuration).</summary>
    public static string[] WithoutOptions(string[] args)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (Options.Contains(args[i], StringComparer.OrdinalIgnoreCase))
            {
                i++;
                continue;
            }

            rest.Add(args[i]);
        }

        return [.. rest];
    }

    public static string? Option(string[] args, string name)
    {
        var i = Array.FindIndex(args, a => a.Equals(name, StringComparison.OrdinalIgnoreCase));
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static async Task<int> RunAsync(IServiceProvider scope, string command, string[] args, string[] operands, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var drafts = scope.GetRequiredService<PlanDraftService>();
        try
        {
            switch (command)
            {
                case "draft" when operands.Length == 1:
                    return await DraftAsync(drafts, operands[0], Option(args, "--directory"), Option(args, "--code"), Option(args, "--out"), output, error, cancellationToken);
                case "directory" when operands.Length == 1:
                    var outcome = await drafts.ImportDirectoryAsync(await File.ReadAllBytesAsync(operands[0], cancellationToken), "cli", cancellationToken);
                    if (!outcome.Stored)
                    {
                        await error.WriteLineAsync($"error: {operands[0]} was not imported; nothing was stored:");
                        await Report(error, outcome.Problem, outcome.Errors);
                        return 1;
                    }

                    await output.WriteLineAsync($"directory: {outcome.Units} unit(s), {outcome.Officers} officer(s) imported");
                    return 0;
                case "appendix" when operands.Length == 2:
                    var file = await scope.GetRequiredService<PlanStore>().ExportAsync(operands[0], cancellationToken);
                    if (file is null)
                    {
                        await error.WriteLineAsync($"error: there is no plan with code '{operands[0]}'.");
                        return 1;
                    }

                    await File.WriteAllBytesAsync(operands[1], AppendixWriter.Write(file), cancellationToken);
                    await output.WriteLineAsync($"{operands[0]}: appendix written to {operands[1]}");
                    return 0;
                default:
                    await error.WriteLineAsync(AdminCommandLine.Usage);
                    return 2;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> DraftAsync(
        PlanDraftService drafts, string path, string? directory, string? code, string? outPath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var outcome = await drafts.DraftAsync(
            await File.ReadAllBytesAsync(path, cancellationToken),
            // Typed so that no --directory stays null (a null byte[] would become an empty sheet).
            directory is null ? (ReadOnlyMemory<byte>?)null : await File.ReadAllBytesAsync(directory, cancellationToken),
            code,
            cancellationToken);
        if (outcome.Draft is not { File: { } plan } draft)
        {
            await error.WriteLineAsync($"error: {path} cannot be drafted:");
            await Report(error, outcome.Problem, outcome.DirectoryErrors);
            return 1;
        }

        foreach (var w in draft.Warnings)
        {
            await error.WriteLineAsync($"warning: {w.Table} {w.Cell} ({w.Column}): {w.Message}");
        }

        foreach (var e in draft.Errors)
        {
            await error.WriteLineAsync($"error: {e.Path}: {e.Message}");
        }

        await error.WriteLineAsync($"{plan.Tasks.Count} task(s), {draft.Cells - draft.CellsWithWarnings} of {draft.Cells} cell(s) without a warning; {(draft.IsValid ? "valid" : "not valid yet")}.");
        if (outPath is null)
        {
            await output.WriteAsync(PlanFileWriter.WriteString(plan));
        }
        else
        {
            await File.WriteAllBytesAsync(outPath, PlanFileWriter.Write(plan), cancellationToken);
        }

        return draft.IsValid ? 0 : 1;
    }

    private static async Task Report(TextWriter error, DraftFileProblem? problem, IReadOnlyList<DraftWarning> errors)
    {
        if (problem is not null)
        {
            await error.WriteLineAsync($"  {problem.Message}");
        }

        foreach (var e in errors)
        {
            await error.WriteLineAsync($"  {e.Table} {e.Cell} ({e.Column}): {e.Message}");
        }
    }
}
