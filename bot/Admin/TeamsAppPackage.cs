using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReformBot.Admin;

/// <summary>
/// The Teams app package an administrator uploads: <c>deploy/teams/manifest.json</c> (built into the service) with its
/// placeholders filled from the settings, zipped with the two icons. Values are checked before anything is written, so
/// a package that Teams would refuse is never produced.
/// </summary>
internal static partial class TeamsAppPackage
{
    private const string ResourcePrefix = "ReformBot.Teams.";

    /// <summary>The filled manifest, or the English reasons why the settings cannot make one.</summary>
    public static (string? Manifest, IReadOnlyList<string> Errors) FillManifest(TeamsAppSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<string>();
        if (!Guid.TryParse(settings.AppId, out _))
        {
            errors.Add("Bot:MicrosoftAppId must be the Azure Bot's app id (a GUID).");
        }

        if (settings.Host is null || !HostName().IsMatch(settings.Host))
        {
            errors.Add("TeamsApp:Host must be the bot's public host name without a scheme, e.g. reformbot.sonoivu.gov.vn.");
        }

        if (settings.Version is null || !Version().IsMatch(settings.Version))
        {
            errors.Add("TeamsApp:Version must be major.minor.patch, e.g. 1.0.0 (raise it for every upload).");
        }

        if (string.IsNullOrWhiteSpace(settings.OrganisationName) || settings.OrganisationName.Length > 32)
        {
            errors.Add("TeamsApp:OrganisationName must be the publishing authority's name (at most 32 characters).");
        }

        var website = settings.WebsiteUrl ?? $"https://{settings.Host}/";
        foreach (var (name, value) in new[] { ("TeamsApp:WebsiteUrl", website), ("TeamsApp:PrivacyUrl", settings.PrivacyUrl ?? website), ("TeamsApp:TermsUrl", settings.TermsUrl ?? website) })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                errors.Add($"{name} must be an absolute https address.");
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["MICROSOFT_APP_ID"] = settings.AppId!.ToLowerInvariant(),
            ["BOT_HOST"] = settings.Host!.ToLowerInvariant(),
            ["VERSION"] = settings.Version!,
            ["ORGANISATION_NAME"] = settings.OrganisationName!.Trim(),
            ["WEBSITE_URL"] = website,
            ["PRIVACY_URL"] = settings.PrivacyUrl ?? website,
            ["TERMS_URL"] = settings.TermsUrl ?? website,
        };

        // Each value goes in as a JSON string's content, so a quote or backslash in a name cannot break the manifest.
        var manifest = Placeholder().Replace(ReadText("manifest.json"), m => values.TryGetValue(m.Groups[1].Value, out var v)
            ? JsonEncodedText.Encode(v).ToString()
            : throw new InvalidOperationException($"manifest.json has an unknown placeholder {m.Value}"));
        return (manifest, []);
    }

    /// <summary>The zip Teams takes: manifest.json, color.png and outline.png at its root.</summary>
    public static byte[] Zip(string manifest)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "manifest.json", System.Text.Encoding.UTF8.GetBytes(manifest));
            Add(zip, "color.png", ReadBytes("color.png"));
            Add(zip, "outline.png", ReadBytes("outline.png"));
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }

    private static string ReadText(string name) => System.Text.Encoding.UTF8.GetString(ReadBytes(name));

    private static byte[] ReadBytes(string name)
    {
        using var stream = typeof(TeamsAppPackage).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The Teams package resource {name} is not built into the service.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [GeneratedRegex(@"\{\{([A-Z_]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$")]
    private static partial Regex HostName();

    [GeneratedRegex(@"^(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})$")]
    private static partial Regex Version();
}
