using Microsoft.Extensions.DependencyInjection.Extensions;
using ReformBot.Audit;

namespace ReformBot.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>Link codes (section <c>Accounts</c>) and the audit log they write to. Safe to call more than once.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(AccountLinker)))
        {
            return services;
        }

        services.AddOptions<AccountsOptions>()
            .Bind(configuration.GetSection(AccountsOptions.Section))
            .Validate(o => !string.IsNullOrEmpty(o.LinkCodePepper), "Accounts:LinkCodePepper must not be empty.")
            .Validate(o => o.LinkCodeLifetime > TimeSpan.Zero, "Accounts:LinkCodeLifetime must be positive.")
            .Validate(o => o.MaxFailedAttempts > 0, "Accounts:MaxFailedAttempts must be positive.")
            .Validate(o => o.LockDuration > TimeSpan.Zero, "Accounts:LockDuration must be positive.")
            .ValidateOnStart();
        services.AddAudit();
        services.TryAddScoped<AccountLinker>();
        return services;
    }
}
