using ReformBot.Audit;
using ReformBot.Conversation.Confirmation;
using ReformBot.Conversation.Recognition;

namespace ReformBot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>What the bot understands and does, shared by every channel.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ConversationOptions>()
            .Bind(configuration.GetSection(ConversationOptions.Section))
            .Validate(o => o.ConfirmBelow is >= 0 and <= 1, "Conversation:ConfirmBelow must be between 0 and 1 (0 never asks, 1 always asks).")
            .Validate(o => o.ConfirmFor > TimeSpan.Zero && o.ConfirmFor <= TimeSpan.FromDays(1), "Conversation:ConfirmFor must be a positive duration of at most a day, such as 00:30:00.")
            .Validate(o => o.UndoFor > TimeSpan.Zero && o.UndoFor <= TimeSpan.FromHours(1), "Conversation:UndoFor must be a positive duration of at most an hour, such as 00:05:00.")
            .Validate(o => o.GuideUrl is null || (o.GuideUrl.IsAbsoluteUri && o.GuideUrl.Scheme is "https" or "http"), "Conversation:GuideUrl must be an absolute http(s) address of the user guide.")
            .ValidateOnStart();

        // Trained once per process from the embedded corpus (deterministic), shared by every request.
        services.AddSingleton(_ => IntentModel.Shared);
        services.AddHostedService<IntentModelWarmUp>();
        services.AddScoped<ConversationTokens>();
        services.AddSingleton<PlanViewCache>();
        services.AddScoped<OfficerDirectory>();
        services.AddScoped<TaskUpdater>();
        services.AddScoped<TaskResolver>();
        services.AddScoped<EvidenceRecorder>();
        services.AddScoped<UnitOverview>();
        services.AddScoped<ExtensionRequests>();
        services.AddScoped<Announcements>();
        services.AddScoped<TeamRequests>();
        services.AddScoped<ReportFiling>();
        services.AddScoped<PastDueActions>();
        services.AddScoped<SnoozeRequests>();
        services.AddScoped<AwayRequests>();
        services.AddAudit();
        services.AddScoped<IConversationHandler, ConversationHandler>();
        return services;
    }
}
