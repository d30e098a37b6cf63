using ReformBot.Cards;
using ReformBot.Channels.BotFramework;
using ReformBot.Delivery;
using ReformBot.Tests.Cards;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>One message, one rendering: a card goes without a text repeating it, with its summary for the notification.</summary>
public sealed class ActivityMapperTests
{
    private readonly ActivityMapper mapper = new(CardAssert.Renderer);

    [Fact]
    public void CardIsSentWithItsOwnSummaryAndNoText()
    {
        var card = CardSamples.Cards()["task-reminder"];
        var activity = mapper.Fill(new Activity(), OutgoingMessage.WithCard("Nhắc việc: **Nhiệm vụ 2.a** — Rà soát…\nAnh/chị trả lời giúp tình hình", card));

        Assert.Null(activity.Text);
        Assert.Equal(card.Summary, activity.Summary);
        Assert.Equal(ActivityTypes.AdaptiveCardContentType, Assert.Single(activity.Attachments!).ContentType);
    }

    [Fact]
    public void CardWithoutSummaryIsSummarisedByTheFirstLineOfTheText()
    {
        var card = CardSamples.Cards()["task-reminder"] with { Summary = null };
        var activity = mapper.Fill(new Activity(), OutgoingMessage.WithCard("**Thông báo** — Phòng Nội vụ: họp lúc 14h\nchi tiết", card));

        Assert.Null(activity.Text);
        Assert.Equal("Thông báo — Phòng Nội vụ: họp lúc 14h", activity.Summary);
    }

    [Fact]
    public void TextAloneIsSentAsMarkdownWithoutSummary()
    {
        var activity = mapper.Fill(new Activity(), OutgoingMessage.PlainText("**Đã ghi nhận**"));

        Assert.Equal("**Đã ghi nhận**", activity.Text);
        Assert.Equal("markdown", activity.TextFormat);
        Assert.Null(activity.Summary);
        Assert.Null(activity.Attachments);
    }
}
