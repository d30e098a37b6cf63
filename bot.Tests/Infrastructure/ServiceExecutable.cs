using System.Diagnostics;

namespace ReformBot.Tests.Infrastructure;

/// <summary>
/// The service's own executable, as a deployment runs it: <c>dotnet ReformBot.dll [command] --Key=Value…</c> on a test
/// database, in Development.
/// </summary>
public static class ServiceExecutable
{
    public static ProcessStartInfo Command(TestDatabase database, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ReformBot.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in database.Settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        return start;
    }

    /// <summary>Runs a command to its end.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(TestDatabase database, params string[] arguments)
    {
        using var process = Process.Start(Command(database, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
