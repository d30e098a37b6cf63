namespace ReformBot.Channels.Zalo;

public enum ZaloInboxSource
{
    /// <summary>An Official Account event (<c>/api/zalo/oa</c>).</summary>
    Oa,

    /// <summary>A Zalo Bot update (<c>/api/zalo/bot</c>).</summary>
    Bot,
}
