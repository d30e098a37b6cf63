using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.WebChat;

/// <summary>
/// The whole service in Development on a real loopback port (a browser needs a socket) and Debian's chromium driven by
/// Playwright: no browser is downloaded. Each step's screenshot goes to <c>TestResults/screenshots/</c> in the test
/// output, kept by CI as an artefact.
/// </summary>
public sealed class ChatPageBrowser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Records what Web Chat opens (<c>Action.OpenUrl</c> calls <c>window.open</c>) instead of leaving the page.</summary>
    private const string RecordOpenedUrls = "window.__opened = []; window.open = function (url) { window.__opened.push(String(url)); return null; };";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly string screenshots;
    private readonly bool ownsBrowser;
    private int step;

    private ChatPageBrowser(ReformBotFactory factory, Uri address, IPlaywright playwright, IBrowser browser, IPage page, string screenshots, bool ownsBrowser = true)
    {
        this.ownsBrowser = ownsBrowser;
        Factory = factory;
        Address = address;
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
        this.screenshots = screenshots;
    }

    public ReformBotFactory Factory { get; }
    public Uri Address { get; }
    public IPage Page { get; }

    public static async Task<ChatPageBrowser> StartAsync(string testName, IDictionary<string, string?> settings)
    {
        // Not skipped when chromium is missing: CI installs it (.ci/run), and a silent skip would hide a broken page.
        Assert.True(File.Exists(Chromium), $"The browser tests need Debian's chromium at {Chromium}: run `apt-get install -y chromium` (.ci/run does).");
        var factory = new ReformBotFactory(settings);
        factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 1000, Height = 1400 } });
        await context.AddInitScriptAsync(RecordOpenedUrls);
        var page = await context.NewPageAsync();
        // Generous: the machine running the tests may be busy; every wait ends as soon as the page shows what it waits for.
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        var screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots", testName);
        Directory.CreateDirectory(screenshots);
        return new ChatPageBrowser(factory, address, playwright, browser, page, screenshots);
    }

    /// <summary>
    /// Another tab of the same browser on the same service (someone else talking to the bot at the same time), with its
    /// screenshots under <c>{test}-{name}</c>; disposed with this one.
    /// </summary>
    public async Task<ChatPageBrowser> OpenTabAsync(string name)
    {
        var page = await Page.Context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        var folder = screenshots + "-" + name;
        Directory.CreateDirectory(folder);
        await page.GotoAsync(Url("/chat"));
        return new ChatPageBrowser(Factory, Address, playwright, browser, page, folder, ownsBrowser: false);
    }

    /// <summary>The addresses Web Chat opened so far on this tab (see <see cref="RecordOpenedUrls"/>).</summary>
    public async Task<IReadOnlyList<string>> OpenedUrlsAsync() => await Page.EvaluateAsync<string[]>("() => window.__opened");

    /// <summary>Waits until Web Chat has opened <paramref name="url"/> on this tab.</summary>
    public Task WaitForOpenedAsync(string url) => Page.WaitForFunctionAsync("u => window.__opened.includes(u)", url);

    /// <summary>The latest card that has a button titled <paramref name="title"/>.</summary>
    public ILocator CardWith(string title) =>
        Page.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { Has = Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = title, Exact = true }) }).Last;

    /// <summary>Presses the card's button and waits for the bot's answer.</summary>
    public async Task PressAsync(ILocator card, string title)
    {
        ArgumentNullException.ThrowIfNull(card);
        var before = await BotBubbleCountAsync();
        await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title, Exact = true }).First.ClickAsync();
        await WaitForAnswerAsync(before, title);
    }

    /// <summary>The service's own Development time zone and host address for the page.</summary>
    public string Url(string path) => new Uri(Address, path).ToString();

    public async Task ScreenshotAsync(string name)
    {
        step++;
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, $"{step:D2}-{name}.png"), FullPage = true });
    }

    /// <summary>The bot's bubbles in the transcript (cards and texts), to wait for the next answer.</summary>
    public ILocator BotBubbles => Page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");

    /// <summary>The bot's latest bubble that says <paramref name="text"/>.</summary>
    public ILocator Said(string text) => BotBubbles.Filter(new LocatorFilterOptions { HasText = text }).Last;

    public async Task<int> BotBubbleCountAsync() => await BotBubbles.CountAsync();

    /// <summary>Waits until the bot has answered with at least one more bubble than <paramref name="before"/>.</summary>
    public async Task WaitForAnswerAsync(int before, string what)
    {
        await Page.WaitForFunctionAsync(
            "n => document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length > n", before,
            new PageWaitForFunctionOptions { Timeout = 60_000 });
        Assert.True(await BotBubbleCountAsync() > before, "no answer to " + what);
    }

    public async Task SayAsync(string text)
    {
        var before = await BotBubbleCountAsync();
        var box = Page.Locator("[data-id='webchat-sendbox-input']");
        await box.FillAsync(text);
        await box.PressAsync("Enter");
        await WaitForAnswerAsync(before, text);
    }

    public async Task TalkAsAsync(string officerId)
    {
        await Page.SelectOptionAsync("#officer", officerId);
    }

    /// <summary>Moves the test clock with the page's control and waits for its report.</summary>
    public async Task MoveClockAsync(string localTime)
    {
        await Page.FillAsync("#clock-to", localTime);
        await Page.ClickAsync("#clock-move");
        await Assertions.Expect(Page.Locator("#clock-result")).ToContainTextAsync("Đã chuyển", new LocatorAssertionsToContainTextOptions { Timeout = 120_000 });
    }

    public async ValueTask DisposeAsync()
    {
        if (!ownsBrowser)
        {
            await Page.CloseAsync();
            return;
        }

        await browser.DisposeAsync();
        playwright.Dispose();
        await Factory.DisposeAsync();
    }
}
