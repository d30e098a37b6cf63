using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Admin;

/// <summary>
/// <c>import &lt;file&gt;</c> and <c>export &lt;code&gt; [file]</c> from the command line, on the same code path as the admin
/// API. Exit codes: 0 done, 1 refused (invalid file, unknown plan, I/O), 2 wrong usage.
/// </summary>
internal static class AdminCommandLine
{
    public const string Usage = """
        Usage:
          dotnet run --project bot -- import <plan.json>
          dotnet run --project bot -- export <plan code> [file]
          dotnet run --project bot -- draft <appendix.docx|.xlsx> [--directory units.xlsx] [--code 104/KH-UBND] [--out draft.json]
          dotnet run --project bot -- directory <units.xlsx>
          dotnet run --project bot -- appendix <plan code> <appendix.xlsx>
        Configuration can follow as --Key=Value, e.g. --Storage:Provider=Postgres.
        """;

    private static readonly string[] Commands = ["import", "export", .. DraftCommandLine.Commands];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    /// <summary>The arguments meant for configuration (<c>--Key=Value</c>), without the command and its operands.</summary>
    public static string[] ConfigurationArguments(string[] args) =>
        IsCommand(args) ? [.. DraftCommandLine.WithoutOptions(args).Where(a => a.StartsWith("--", StringComparison.Ordinal))] : args;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var operands = DraftCommandLine.WithoutOptions(args).Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var command = args[0].ToLowerInvariant();
        if (DraftCommandLine.Commands.Contains(command))
        {
            await using var draftScope = services.CreateAsyncScope();
            await DatabaseMigrator.MigrateAsync(draftScope.ServiceProvider.GetRequiredService<ReformBotDbContext>(), cancellationToken);
            return await DraftCommandLine.RunAsync(draftScope.ServiceProvider, command, args, operands, output, error, cancellationToken);
        }

        if ((command == "import" && operands.Length != 1) || (command == "export" && operands.Length is < 1 or > 2))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReformBotDbContext>();
        await DatabaseMigrator.MigrateAsync(db, cancellationToken);
        var store = scope.ServiceProvider.GetRequiredService<PlanStore>();
        return command == "import"
            ? await ImportAsync(store, operands[0], output, error, cancellationToken)
            : await ExportAsync(store, operands[0], operands.ElementAtOrDefault(1), output, error, cancellationToken);
    }

    private static async Task<int> ImportAsync(PlanStore store, string path, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"error: file not found: {path}");
            return 1;
        }

        var result = await store.ImportAsync(await File.ReadAllBytesAsync(path, cancellationToken), "cli", cancellationToken);
        foreach (var warning in result.Warnings)
        {
            await error.WriteLineAsync($"warning: {warning.Path}: {warning.Message}");
        }

        if (result.IsRejected)
        {
            await error.WriteLineAsync($"error: {path} is not a valid plan file; nothing was stored ({result.Errors.Count} error(s)):");
            foreach (var e in result.Errors)
            {
                await error.WriteLineAsync($"  {e.Path}: {e.Message}");
            }

            return 1;
        }

        var what = result.Created ? "created" : result.Unchanged ? "no changes, no new revision" : "new revision";
        await output.WriteLineAsync($"{result.Code}: revision {result.Revision} ({what})");
        if (!result.Created && !result.Unchanged && result.Diff is not null)
        {
            await output.WriteLineAsync(PlanDiffText.Describe(result.Diff));
        }

        return 0;
    }

    private static async Task<int> ExportAsync(
        PlanStore store, string code, string? path, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var file = await store.ExportAsync(code, cancellationToken);
        if (file is null)
        {
            await error.WriteLineAsync($"error: there is no plan with code '{code}'.");
            return 1;
        }

        if (path is null)
        {
            await output.WriteLineAsync(PlanFileWriter.WriteString(file));
            return 0;
        }

        try
        {
            await File.WriteAllBytesAsync(path, PlanFileWriter.Write(file), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: cannot write {path}: {ex.Message}");
            return 1;
        }

        await output.WriteLineAsync($"{code}: written to {path}");
        return 0;
    }
}
