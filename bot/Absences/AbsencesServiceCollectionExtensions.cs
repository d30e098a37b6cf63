using ReformBot.Delivery;

namespace ReformBot.Absences;

public static class AbsencesServiceCollectionExtensions
{
    /// <summary>Absences: the register (chat and admin API) and the outbox hold that keeps reminders back while someone is away.</summary>
    public static IServiceCollection AddAbsences(this IServiceCollection services)
    {
        services.AddScoped<AbsenceRegister>();
        services.AddScoped<IOutboxHold, AbsenceHold>();
        return services;
    }
}
