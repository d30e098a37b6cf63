namespace ReformBot.Hosting;

/// <summary>
/// Where the service reads <c>appsettings*.json</c> and the card templates from. ASP.NET Core takes the working
/// directory, which is right under <c>dotnet run</c> (the project folder) but wrong under systemd or any other folder:
/// the settings files were silently ignored. When the working directory has no <c>appsettings.json</c>, the folder of
/// the application itself is used instead.
/// </summary>
internal static class ServiceContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) || IsChosen(args)
            ? null
            : AppContext.BaseDirectory,
    };

    /// <summary>An operator's own choice (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>) always wins.</summary>
    private static bool IsChosen(string[] args) =>
        args.Any(IsContentRootArgument)
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));

    private static bool IsContentRootArgument(string argument) =>
        argument.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase);
}
