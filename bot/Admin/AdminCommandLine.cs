using Microsoft.EntityFrameworkCore;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Admin;

/// <summary>
/// <c>import &lt;file&gt;</c> and <c>export &lt;code&gt; [file]</c> from the command line, on the same code path as the admin
/// API, and <c>migrate [--wait seconds]</c>, the deployment step that brings the schema up to date (under the migration lock)
/// and exits; with <c>--wait</c> it first waits that long for a database that is still starting.
/// Exit codes: 0 done, 1 refused (invalid file, unknown plan, I/O, database unreachable), 2 wrong usage.
/// </summary>
internal static class AdminCommandLine
{
    public const string Usage = """
        Usage:
          dotnet run --project bot -- import <plan.json>
          dotnet run --project bot -- export <plan code> [file]
          dotnet run --project bot -- migrate [--wait <seconds>]
          dotnet run --project bot -- draft <appendix.docx|.xlsx> [--directory units.xlsx] [--code 104/KH-UBND] [--out draft.json]
          dotnet run --project bot -- directory <units.xlsx>
          dotnet run --project bot -- appendix <plan code> <appendix.xlsx>
          dotnet run --project bot -- progress <plan code> [--unit <unit code or name>] [--at yyyy-MM-dd] [--out progress.xlsx]
          dotnet run --project bot -- report-draft <plan code> <report code> <occurrence: yyyy-MM-dd, yyyy-MM or yyyy-Qn> [--unit <unit>] [--out draft.docx]
          dotnet run --project bot -- teams-package <file.zip> --Bot:MicrosoftAppId=<app id> --TeamsApp:Host=<host> --TeamsApp:OrganisationName=<name> [--TeamsApp:Version=1.0.0]
        Configuration can follow as --Key=Value, e.g. --Storage:Provider=Postgres.
        """;

    private static readonly string[] Commands = ["import", "export", "migrate", "teams-package", .. DraftCommandLine.Commands];

    /// <summary>
    /// Anything but configuration in first place is a command, so a mistyped verb ("improt") answers usage instead of
    /// quietly starting a second service.
    /// </summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal);

    /// <summary>The arguments meant for configuration (<c>--Key=Value</c>), without the command and its operands.</summary>
    public static string[] ConfigurationArguments(string[] args) =>
        IsCommand(args) ? [.. DraftCommandLine.WithoutOptions(args).Where(a => a.StartsWith("--", StringComparison.Ordinal))] : args;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var operands = DraftCommandLine.WithoutOptions(args).Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var command = args[0].ToLowerInvariant();
        var verb = services.GetServices<ICommandLineVerb>().FirstOrDefault(v => v.Names.Contains(command, StringComparer.Ordinal));
        if (verb is not null)
        {
            await using var verbScope = services.CreateAsyncScope();
            await DatabaseMigrator.MigrateAsync(verbScope.ServiceProvider.GetRequiredService<ReformBotDbContext>(), cancellationToken);
            return await verb.RunAsync(verbScope.ServiceProvider, command, args, operands, output, error, cancellationToken);
        }

        if (!Commands.Contains(command, StringComparer.Ordinal))
        {
            await error.WriteLineAsync($"error: unknown command '{args[0]}'.");
            await error.WriteLineAsync(Usage);
            return 2;
        }

        if (DraftCommandLine.Commands.Contains(command))
        {
            await using var draftScope = services.CreateAsyncScope();
            await DatabaseMigrator.MigrateAsync(draftScope.ServiceProvider.GetRequiredService<ReformBotDbContext>(), cancellationToken);
            return await DraftCommandLine.RunAsync(draftScope.ServiceProvider, command, args, operands, output, error, cancellationToken);
        }

        if ((command is "import" or "teams-package" && operands.Length != 1) || (command == "export" && operands.Length is < 1 or > 2) || (command == "migrate" && operands.Length != 0))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        if (command == "teams-package")
        {
            return await TeamsPackageAsync(services.GetRequiredService<IConfiguration>(), operands[0], output, error, cancellationToken);
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReformBotDbContext>();
        if (command == "migrate")
        {
            return await MigrateAsync(db, DraftCommandLine.Option(args, "--wait"), output, error, cancellationToken);
        }

        await DatabaseMigrator.MigrateAsync(db, cancellationToken);
        var store = scope.ServiceProvider.GetRequiredService<PlanStore>();
        return command == "import"
            ? await ImportAsync(store, operands[0], output, error, cancellationToken)
            : await ExportAsync(store, operands[0], operands.ElementAtOrDefault(1), output, error, cancellationToken);
    }

    private static async Task<int> MigrateAsync(ReformBotDbContext db, string? wait, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var provider = db.Database.IsNpgsql() ? "postgres" : "sqlite";
        if (!TryParseWait(wait, out var waitFor))
        {
            await error.WriteLineAsync($"error: --wait takes a number of seconds from 0 to 3600, not '{wait}'.");
            return 2;
        }

        // A compose file or an orchestrator may start this step before the database accepts connections (podman-compose
        // ignores depends_on conditions; a managed database may still be provisioning): wait for it rather than fail.
        // The real clock, not the service's: a test clock may stand still.
        var started = TimeProvider.System.GetTimestamp();
        IReadOnlyList<string> applied;
        while (true)
        {
            try
            {
                applied = await DatabaseMigrator.MigrateAsync(db, cancellationToken);
                break;
            }
            catch (Exception ex) when (IsNotReadyYet(ex) && TimeProvider.System.GetElapsedTime(started) < waitFor)
            {
                await error.WriteLineAsync($"waiting for the {provider} database: {ex.Message}");
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"error: cannot migrate the {provider} database: {ex.Message}");
                return 1;
            }
        }

        foreach (var migration in applied)
        {
            await output.WriteLineAsync($"applied {migration}");
        }

        await output.WriteLineAsync($"The {provider} database schema is up to date ({applied.Count} migration(s) applied).");
        return 0;
    }

    private static bool TryParseWait(string? wait, out TimeSpan waitFor)
    {
        waitFor = TimeSpan.Zero;
        if (wait is null)
        {
            return true;
        }

        if (!int.TryParse(wait, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds) || seconds > 3600)
        {
            return false;
        }

        waitFor = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary>
    /// A server that refuses connections or is still starting (57P03), or whose database its entrypoint has not created
    /// yet (3D000): worth waiting for. A wrong password or a broken schema is not.
    /// </summary>
    private static bool IsNotReadyYet(Exception ex) => ex switch
    {
        Npgsql.PostgresException postgres => postgres.SqlState is "57P03" or "3D000",
        Npgsql.NpgsqlException { InnerException: System.Net.Sockets.SocketException or IOException or TimeoutException } => true,
        InvalidOperationException { InnerException: { } inner } => IsNotReadyYet(inner),
        _ => false,
    };

    private static async Task<int> ImportAsync(PlanStore store, string path, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        path = CallerPath(path);
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"error: file not found: {path}");
            return 1;
        }

        PlanImportResult result;
        await using (var file = File.OpenRead(path))
        {
            result = (await store.ImportAsync(file, long.MaxValue, "cli", cancellationToken))!;
        }

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

        path = CallerPath(path);
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

    private static async Task<int> TeamsPackageAsync(IConfiguration configuration, string path, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (manifest, errors) = TeamsAppPackage.FillManifest(TeamsAppSettings.From(configuration));
        if (manifest is null)
        {
            foreach (var e in errors)
            {
                await error.WriteLineAsync($"error: {e}");
            }

            return 1;
        }

        path = CallerPath(path);
        try
        {
            await File.WriteAllBytesAsync(path, TeamsAppPackage.Zip(manifest), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: cannot write {path}: {ex.Message}");
            return 1;
        }

        await output.WriteLineAsync($"Teams app package written to {path}");
        return 0;
    }

    /// <summary>
    /// A relative path as the person typed it: <c>dotnet run --project bot</c> runs the service in the project folder,
    /// but the shell's folder (<c>PWD</c>, inherited) is where the person is. The result is the full path, which every
    /// message names.
    /// </summary>
    internal static string CallerPath(string path)
    {
        var caller = Environment.GetEnvironmentVariable("PWD");
        return Path.GetFullPath(path, caller is not null && Path.IsPathFullyQualified(caller) && Directory.Exists(caller) ? caller : Directory.GetCurrentDirectory());
    }
}
