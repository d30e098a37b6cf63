using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReformBot.Cards;
using ReformBot.Delivery;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Cards;

public sealed class CardTemplatesTests
{
    public static TheoryData<string> Names => [.. CardNames.All];

    [Fact]
    public void EveryCardNameHasATemplateAndSampleData()
    {
        var templates = new CardTemplates(CardAssert.CardsDirectory);
        Assert.Equal(CardNames.All.Order(StringComparer.Ordinal), templates.Names.Order(StringComparer.Ordinal));
        foreach (var name in CardNames.All)
        {
            Assert.True(File.Exists(Path.Combine(CardAssert.CardsDirectory, name + ".data.json")), name + ".data.json");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TemplateBindsWithItsSampleDataToASendableCard(string name)
    {
        var data = JsonNode.Parse(File.ReadAllText(Path.Combine(CardAssert.CardsDirectory, name + ".data.json")))!.AsObject();
        var card = CardAssert.Renderer.Render(new CardContent(name, data));
        CardAssert.IsSendable(card);
    }

    [Theory]
    [InlineData("""{"type":"AdaptiveCard","version":"1.6","body":[]}""", "version")]
    [InlineData("""{"type":"AdaptiveCard","body":[]}""", "version")]
    [InlineData("""{"type":"Card","version":"1.5"}""", "AdaptiveCard")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5",""", "JSON")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"${a ==}"}]}""", "${a ==}")]
    public void BrokenTemplateIsRefusedWithItsName(string json, string expected)
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "broken.json"), json);
        File.WriteAllText(Path.Combine(folder.Path, "broken.data.json"), "not a template, not checked");
        var problems = CardTemplates.Validate(folder.Path);
        var problem = Assert.Single(problems);
        Assert.Contains("broken", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.Throws<CardTemplateException>(() => new CardTemplates(folder.Path));
    }

    [Fact]
    public void MissingFolderIsRefused()
    {
        Assert.NotEmpty(CardTemplates.Validate("/nonexistent/cards"));
    }

    [Fact]
    public void UnknownTemplateNameIsAClearError()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => CardAssert.Renderer.Render(new CardContent("nope", [])));
        Assert.Contains("nope", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CardOverTheTeamsLimitIsRefused()
    {
        var data = new JsonObject { ["body"] = new string('x', 25_000), ["title"] = "t", ["sender"] = "s", ["sentAt"] = "now", ["action"] = new JsonObject() };
        var e = Assert.Throws<CardTooLargeException>(() => CardAssert.Renderer.Render(new CardContent(CardNames.Announcement, data)));
        Assert.Equal(CardNames.Announcement, e.Template);
        Assert.True(e.Bytes > CardRenderer.MaxBytes);
    }

    [Fact]
    public void AddCardsRegistersTheRendererFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Cards:Directory"] = CardAssert.CardsDirectory }).Build();
        using var provider = new ServiceCollection().AddCards(configuration).BuildServiceProvider();
        Assert.Equal(CardAssert.CardsDirectory, provider.GetRequiredService<IOptions<CardsOptions>>().Value.FullDirectory);
        var renderer = provider.GetRequiredService<ICardRenderer>();
        Assert.Same(renderer, provider.GetRequiredService<ICardRenderer>());
        var card = renderer.Render(WelcomeCard.Create("An", isLinked: true, roles: []));
        CardAssert.IsSendable(card);
    }

    [Fact]
    public void DefaultDirectoryIsCardsNextToTheApp()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "cards"), new CardsOptions().FullDirectory);
    }

    [Fact]
    public void AddCardsFailsValidationWhenTemplatesAreBroken()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "bad.json"), """{"type":"AdaptiveCard","version":"2.0"}""");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Cards:Directory"] = folder.Path }).Build();
        using var provider = new ServiceCollection().AddCards(configuration).BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CardsOptions>>().Value);
        Assert.Contains("bad", e.Message, StringComparison.Ordinal);
    }
}
