namespace ReformBot.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>Proactive delivery to officers; channels add themselves as <see cref="IOfficerChannel"/>.</summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services)
    {
        services.AddScoped<OfficerMessenger>();
        return services;
    }
}
