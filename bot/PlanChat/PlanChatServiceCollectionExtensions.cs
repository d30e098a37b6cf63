using ReformBot.Conversation;

namespace ReformBot.PlanChat;

public static class PlanChatServiceCollectionExtensions
{
    /// <summary>Plan appendices sent to the bot in chat: the preview card, then "Nạp kế hoạch" or "Huỷ".</summary>
    public static IServiceCollection AddPlanChat(this IServiceCollection services)
    {
        services.AddScoped<IPlanFileChat, PlanFileChat>();
        return services;
    }
}
