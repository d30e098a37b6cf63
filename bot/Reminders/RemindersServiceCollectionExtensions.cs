using Microsoft.Extensions.Options;
using Quartz;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>
    /// Reminders: the pure planner, the outbox and its delivery, and the Quartz scheduler that wakes them, with its
    /// persistent job store in the service's database (tables QRTZ_*, created by Quartz when missing; clustered on PostgreSQL).
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
        services.AddScoped<ReminderPlanStates>();
        services.AddScoped<ReminderPlanning>();
        services.AddScoped<ReminderComposer>();
        services.AddScoped<UnreachableNotices>();
        services.AddScoped<ReminderOutbox>();
        services.AddScoped<IOutboxComposer>(sp => sp.GetRequiredService<ReminderOutbox>());
        services.AddScoped<IOutboxListener>(sp => sp.GetRequiredService<ReminderOutbox>());
        services.AddScoped<ReminderQueries>();
        services.AddScoped<Snoozes>();
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
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (storage.Provider == StorageProvider.Postgres)
                {
                    store.UsePostgres(storage.EffectiveConnectionString);
                    store.UseClustering(_ => { });
                }
                else
                {
                    store.UseSqlite(storage.EffectiveConnectionString);
                }

                store.ProvisionSchema();
            });

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
