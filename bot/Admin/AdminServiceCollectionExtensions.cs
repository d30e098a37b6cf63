using ReformBot.Accounts;

namespace ReformBot.Admin;

public static class AdminServiceCollectionExtensions
{
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>()
            .Bind(configuration.GetSection(AdminOptions.Section))
            .Validate(o => o.MaxPlanFileBytes is > 0 and <= 100 * 1024 * 1024, "Admin:MaxPlanFileBytes must be between 1 and 104857600.")
            .Validate(o => string.IsNullOrEmpty(o.ApiKey) || o.ApiKey.Length >= 16, "Admin:ApiKey must be at least 16 characters long.")
            .ValidateOnStart();

        // The admin API issues link codes and reads the audit log; both registrations are idempotent.
        services.AddAccounts(configuration);
        services.AddScoped<OfficerReach>();
        return services;
    }
}
