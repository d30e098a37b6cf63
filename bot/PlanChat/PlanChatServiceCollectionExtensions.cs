using ReformBot.Conversation;
using ReformBot.Progress;

namespace ReformBot.PlanChat;

public static class PlanChatServiceCollectionExtensions
{
    /// <summary>Plan appendices sent to the bot in chat: the preview card, then "Nạp kế hoạch" or "Huỷ", and the warnings as a file.</summary>
    public static IServiceCollection AddPlanChat(this IServiceCollection services)
    {
        services.AddScoped<IPlanFileChat, PlanFileChat>();
        services.AddScoped<IDownloadSource, PlanDraftWarningsFile>();
        return services;
    }
}
