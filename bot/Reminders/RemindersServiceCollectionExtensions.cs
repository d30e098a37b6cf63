using Microsoft.Extensions.Options;
using Quartz;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>
    /// Reminders: the pure planner, the outbox and its delivery, and the Quartz scheduler that wakes them: clustered,
    /// with its job store in the service's database (tables qrtz_*) on PostgreSQL; in memory on SQLite.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ReminderOptions.Section);
        services.AddOptions<ReminderOptions>()
            .Configure<IOptions<DeliveryOptions>>((options, delivery) =>
            {
                section.Bind(options);
                BindPolicy(section, options.Policy, delivery.Value, options.WeeklyDigestDay);
                foreach (var plan in section.GetSection("Plans").GetChildren())
                {
                    var policy = options.Policy.Copy();
                    BindPolicy(plan, policy, delivery.Value, options.WeeklyDigestDay);
                    options.SetPlan(plan.Key, policy);
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>();

        services.AddSingleton<ReminderPlanner>();
        services.AddSingleton<PlanStateCache>();
        services.AddSingleton<ReminderWindow>();
        services.AddScoped<ReminderPlanStates>();
        services.AddScoped<ReminderPlanning>();
        services.AddScoped<ReminderComposer>();
        services.AddSingleton<UnreachableFindings>();
        services.AddScoped<UnreachableNotices>();
        services.AddScoped<ReminderOutbox>();
        services.AddScoped<IOutboxComposer>(sp => sp.GetRequiredService<ReminderOutbox>());
        services.AddScoped<IOutboxListener>(sp => sp.GetRequiredService<ReminderOutbox>());
        services.AddScoped<ReminderQueries>();
        services.AddScoped<Snoozes>();
        services.AddScoped<ReminderStops>();
        services.AddScoped<RecentReminders>();
        services.AddSingleton<ReminderCycle>();

        if (!section.GetValue(nameof(ReminderOptions.SchedulerEnabled), true))
        {
            return services;
        }

        var interval = section.GetValue(nameof(ReminderOptions.Interval), TimeSpan.FromMinutes(1));
        var storage = StorageOptions.Read(configuration);
        var nodeId = ClusterOptions.Read(configuration).EffectiveNodeId;
        services.AddQuartz(quartz =>
        {
            // Every node of a cluster needs its own instance id (Cluster:NodeId); they share the scheduler's name.
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceId = nodeId);
            if (storage.Provider == StorageProvider.Postgres)
            {
                quartz.UsePersistentStore(store =>
                {
                    store.UseSystemTextJsonSerializer();
                    store.UsePostgres(storage.EffectiveConnectionString);
                    store.UseClustering(_ => { });
                    store.ProvisionSchema();
                });
            }
            else
            {
                // Quartz forbids non-clustered schedulers sharing one job store, and clustering needs a server database:
                // two instances on one SQLite file sharing QRTZ_* tables contend for its write lock and report
                // scheduler errors. Each SQLite instance keeps its one job in memory instead; nothing is lost, because
                // the job is registered at every start and the reminder watermark, not Quartz, records what was planned.
                quartz.UseInMemoryStore();
            }

            // One job on a short cadence: due times come from the plans each round, so nothing is rescheduled when a
            // plan changes, and a missed firing only delays the round, whose watermark catches everything up.
            quartz.ScheduleJob<ReminderJob>(
                trigger => trigger.WithIdentity("reminders", "reformbot").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
                job => job.WithIdentity(ReminderJob.Key));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddHealthChecks().AddQuartz(check => check.Name = "scheduler");
        return services;
    }

    private static void BindPolicy(IConfigurationSection section, ReminderPolicy policy, DeliveryOptions delivery, DayOfWeek weeklyDigestDay)
    {
        // Working hours are one setting for everything the bot sends (Delivery:Quiet*); the planner reads them here,
        // and the weekly digest day is one for all plans.
        (policy.QuietUntil, policy.QuietFrom) = (delivery.QuietUntil, delivery.QuietFrom);
        policy.WeeklyDigestDay = weeklyDigestDay;

        // The binder adds to a list that already has items; a list in the settings replaces the default instead.
        if (section.GetSection(nameof(ReminderPolicy.DaysBefore)).GetChildren().Any())
        {
            policy.DaysBefore = [];
        }

        section.Bind(policy);
    }
}
