using Microsoft.Extensions.Options;

namespace ReformBot.Cards;

public static class CardsServiceCollectionExtensions
{
    /// <summary>Card templates (checked at start-up) and the renderer, as singletons.</summary>
    public static IServiceCollection AddCards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CardsOptions>()
            .Bind(configuration.GetSection(CardsOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Directory), "Cards:Directory must name the folder of the card templates.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CardsOptions>, CardsOptionsValidator>();
        services.AddSingleton<CardTemplates>();
        services.AddSingleton<CardRenderer>();
        services.AddSingleton<ICardRenderer>(sp => sp.GetRequiredService<CardRenderer>());
        return services;
    }
}
