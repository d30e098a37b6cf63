namespace ReformBot.Admin;

/// <summary>
/// What the Teams app package is filled with: <c>Bot:MicrosoftAppId</c> and the <c>TeamsApp</c> section
/// (<c>Host</c>, <c>Version</c>, <c>OrganisationName</c>, and optionally <c>WebsiteUrl</c>, <c>PrivacyUrl</c>,
/// <c>TermsUrl</c>, which default to the bot's own address).
/// </summary>
internal sealed record TeamsAppSettings(
    string? AppId, string? Host, string? Version, string? OrganisationName, string? WebsiteUrl = null, string? PrivacyUrl = null, string? TermsUrl = null)
{
    public static TeamsAppSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var app = configuration.GetSection("TeamsApp");
        return new TeamsAppSettings(
            configuration["Bot:MicrosoftAppId"], app["Host"], app["Version"] ?? "1.0.0", app["OrganisationName"], app["WebsiteUrl"], app["PrivacyUrl"], app["TermsUrl"]);
    }
}
