using System.IO.Compression;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Admin;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Admin;

/// <summary>
/// The Teams app package as an administrator builds it: the filled manifest passes Microsoft's schema of the version it
/// declares (deploy/teams/schema, see its SOURCE.md), and the icons are what Teams takes.
/// </summary>
public sealed class TeamsAppPackageTests
{
    private static readonly TeamsAppSettings Valid = new("0f3c1a52-7f9e-4d0b-9d1e-2b6f5f0a9c11", "reformbot.sonoivu.gov.vn", "1.2.0", "Sở Nội vụ tỉnh Đồng Tháp");

    [Fact]
    public void FilledManifestPassesTheTeamsSchemaOfItsVersion()
    {
        var (manifest, errors) = TeamsAppPackage.FillManifest(Valid);

        Assert.Empty(errors);
        var document = JsonNode.Parse(manifest!)!;
        Assert.Equal("1.17", (string?)document["manifestVersion"]);
        var result = Schema("1.17").Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Details
            .Where(d => d.HasErrors)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))));
    }

    [Fact]
    public void SchemaRefusesWhatTeamsWouldRefuse()
    {
        var document = JsonNode.Parse(TeamsAppPackage.FillManifest(Valid).Manifest!)!;
        document["bots"]![0]!["scopes"] = new JsonArray("personal", "everywhere");
        document["developer"]!["websiteUrl"] = "http://reformbot.sonoivu.gov.vn/";

        var result = Schema("1.17").Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.False(result.IsValid);
    }

    [Fact]
    public void ManifestDeclaresWhatTheBotUses()
    {
        var document = JsonNode.Parse(TeamsAppPackage.FillManifest(Valid).Manifest!)!;
        var bot = document["bots"]![0]!;

        Assert.Equal(Valid.AppId, (string?)document["id"]);
        Assert.Equal(Valid.AppId, (string?)bot["botId"]);
        Assert.Equal(["personal"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.True((bool?)bot["supportsFiles"]);
        Assert.Equal(["reformbot.sonoivu.gov.vn"], document["validDomains"]!.AsArray().Select(s => (string?)s));
        Assert.Equal("1.2.0", (string?)document["version"]);
        Assert.Equal("Sở Nội vụ tỉnh Đồng Tháp", (string?)document["developer"]!["name"]);
        Assert.Equal("https://reformbot.sonoivu.gov.vn/", (string?)document["developer"]!["privacyUrl"]);
    }

    [Fact]
    public void PackageHoldsTheManifestAndIconsTeamsTakes()
    {
        using var zip = new ZipArchive(new MemoryStream(TeamsAppPackage.Zip(TeamsAppPackage.FillManifest(Valid).Manifest!)));

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var color = Png.Read(zip.GetEntry("color.png")!);
        var outline = Png.Read(zip.GetEntry("outline.png")!);
        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));

        // Teams draws the outline icon itself: white on a transparent background, nothing else.
        var pixels = outline.Pixels().ToList();
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A > 0);
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.True(p is { R: 255, G: 255, B: 255 }, $"outline pixel {p} is not white"));
    }

    [Theory]
    [InlineData("not-a-guid", "reformbot.sonoivu.gov.vn", "1.0.0", "Sở Nội vụ", "Bot:MicrosoftAppId")]
    [InlineData("0f3c1a52-7f9e-4d0b-9d1e-2b6f5f0a9c11", "https://reformbot.sonoivu.gov.vn", "1.0.0", "Sở Nội vụ", "TeamsApp:Host")]
    [InlineData("0f3c1a52-7f9e-4d0b-9d1e-2b6f5f0a9c11", "reformbot.sonoivu.gov.vn", "1.0", "Sở Nội vụ", "TeamsApp:Version")]
    [InlineData("0f3c1a52-7f9e-4d0b-9d1e-2b6f5f0a9c11", "reformbot.sonoivu.gov.vn", "1.0.0", "", "TeamsApp:OrganisationName")]
    public void BadSettingsMakeNoManifestAndNameTheSetting(string appId, string host, string version, string organisation, string setting)
    {
        var (manifest, errors) = TeamsAppPackage.FillManifest(new TeamsAppSettings(appId, host, version, organisation));

        Assert.Null(manifest);
        Assert.Contains(errors, e => e.StartsWith(setting, StringComparison.Ordinal));
    }

    [Fact]
    public void NamesWithQuotesCannotBreakTheManifest()
    {
        var (manifest, _) = TeamsAppPackage.FillManifest(Valid with { OrganisationName = "UBND \"Lấp Vò\"\\" });

        Assert.Equal("UBND \"Lấp Vò\"\\", (string?)JsonNode.Parse(manifest!)!["developer"]!["name"]);
    }

    [Fact]
    public async Task CommandLineWritesThePackageFromSettings()
    {
        using var factory = new ReformBotFactory();
        var target = factory.Directory.File("reformbot-teams.zip");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = Valid.AppId,
            ["TeamsApp:Host"] = Valid.Host,
            ["TeamsApp:OrganisationName"] = Valid.OrganisationName,
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).BuildServiceProvider();

        var exit = await AdminCommandLine.RunAsync(services, ["teams-package", target], output, error, CancellationToken.None);

        Assert.Equal((0, ""), (exit, error.ToString()));
        using var zip = ZipFile.OpenRead(target);
        Assert.Equal("1.0.0", (string?)JsonNode.Parse(zip.GetEntry("manifest.json")!.Open())!["version"]);
    }

    [Fact]
    public async Task CommandLineWithoutAnAppIdWritesNothing()
    {
        using var factory = new ReformBotFactory();
        var target = factory.Directory.File("reformbot-teams.zip");
        using var error = new StringWriter();
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build()).BuildServiceProvider();

        var exit = await AdminCommandLine.RunAsync(services, ["teams-package", target], TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("Bot:MicrosoftAppId", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    /// <summary>
    /// Microsoft's schema declares draft-04, which the validator does not load; it uses no keyword whose meaning
    /// changed after draft-04 (no boolean exclusiveMinimum/Maximum, no "id" as a schema keyword), so it is read as draft-07.
    /// </summary>
    private static JsonSchema Schema(string version)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "teams-schema", $"MicrosoftTeams.schema.v{version}.json"));
        Assert.DoesNotContain("\"exclusiveMinimum\": true", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"exclusiveMaximum\": true", text, StringComparison.Ordinal);
        return JsonSchema.FromText(text.Replace("http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-07/schema#", StringComparison.Ordinal));
    }
}
