namespace ReformBot.WebChat;

public static class WebChatEndpoints
{
    /// <summary>
    /// The chat page (<c>/chat</c>), its Direct Line (<c>/v3/directline</c>) and the in-process Bot Connector its replies
    /// go to (<c>/v3/conversations</c>): in Development only. Anywhere else none of them is mapped (404), since the
    /// page lets whoever opens it talk as any officer.
    /// </summary>
    public static IEndpointRouteBuilder MapWebChat(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        ChatPageEndpoints.Map(app);
        DirectLineEndpoints.Map(app);
        ConnectorEndpoints.Map(app);
        return app;
    }
}
