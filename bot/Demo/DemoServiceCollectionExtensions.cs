namespace ReformBot.Demo;

public static class DemoServiceCollectionExtensions
{
    /// <summary>Call after <c>AddStorage</c>: hosted services start in order and this one needs the schema.</summary>
    public static IServiceCollection AddDemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.Section)).ValidateOnStart();
        services.AddHostedService<DemoPlanLoader>();
        return services;
    }
}
