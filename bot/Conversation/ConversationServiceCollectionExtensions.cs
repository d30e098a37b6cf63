using ReformBot.Audit;

namespace ReformBot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>What the bot understands and does, shared by every channel.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddScoped<OfficerDirectory>();
        services.AddScoped<TaskUpdater>();
        services.AddScoped<TaskResolver>();
        services.AddScoped<EvidenceRecorder>();
        services.AddScoped<UnitOverview>();
        services.AddScoped<ExtensionRequests>();
        services.AddScoped<Announcements>();
        services.AddScoped<TeamRequests>();
        services.AddScoped<ReportFiling>();
        services.AddScoped<SnoozeRequests>();
        services.AddAudit();
        services.AddScoped<IConversationHandler, ConversationHandler>();
        return services;
    }
}
