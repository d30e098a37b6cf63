namespace ReformBot.Channels.Zalo;

/// <summary>How a template message outside the interaction window is addressed.</summary>
public enum ZaloTemplateRecipient
{
    /// <summary>ZNS/ZBS by phone number: <c>POST {ZnsApiBaseUrl}/message/template</c> (fact sheet §3, rated A).</summary>
    Phone,

    /// <summary>By Zalo user id: <c>POST {OaApiBaseUrl}/v3.0/oa/message/template</c> (fact sheet §1.3, one source, B).</summary>
    UserId,
}
