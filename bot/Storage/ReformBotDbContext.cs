using Microsoft.EntityFrameworkCore;
using ReformBot.Absences;
using ReformBot.Accounts;
using ReformBot.Audit;
using ReformBot.Broadcasts;
using ReformBot.Channels.Zalo;
using ReformBot.Conversation.Confirmation;
using ReformBot.Delivery;
using ReformBot.Inbox;
using ReformBot.PlanChat;
using ReformBot.PlanDrafts;
using ReformBot.Plans;
using ReformBot.Reminders;

namespace ReformBot.Storage;

/// <summary>
/// The service's database. One model for every provider; each provider has its own subclass so that its migrations
/// live apart (SQLite and PostgreSQL need different column types).
/// </summary>
public abstract class ReformBotDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Set by <see cref="PlanStateStamp"/> while a save that changes the plans' state is under way.</summary>
    internal bool SavingPlanState { get; set; }

    /// <summary>Set by <see cref="WriteTransaction"/> on SQLite: <see cref="SqliteWriteOnDemand"/> begins the transaction at the first write.</summary>
    internal bool BeginAtFirstWrite { get; set; }

    /// <summary>Inside a caller's transaction (begun, or on SQLite due at the first write): its writes commit with it.</summary>
    internal bool InTransaction => Database.CurrentTransaction is not null || BeginAtFirstWrite;

    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanRevision> PlanRevisions => Set<PlanRevision>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Officer> Officers => Set<Officer>();
    public DbSet<PlanTask> Tasks => Set<PlanTask>();
    public DbSet<TaskStatusChange> TaskStatusChanges => Set<TaskStatusChange>();
    public DbSet<TaskEvidence> TaskEvidence => Set<TaskEvidence>();
    public DbSet<ReportSchedule> ReportSchedules => Set<ReportSchedule>();
    public DbSet<ReportPeriod> ReportPeriods => Set<ReportPeriod>();
    public DbSet<ReportSubmission> ReportSubmissions => Set<ReportSubmission>();
    public DbSet<ChatAccount> ChatAccounts => Set<ChatAccount>();
    public DbSet<LinkCode> LinkCodes => Set<LinkCode>();
    public DbSet<LinkAttempts> LinkAttempts => Set<LinkAttempts>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ExtensionRequest> ExtensionRequests => Set<ExtensionRequest>();
    public DbSet<StoredConversationReference> ConversationReferences => Set<StoredConversationReference>();
    public DbSet<Broadcast> Broadcasts => Set<Broadcast>();
    public DbSet<ZaloToken> ZaloTokens => Set<ZaloToken>();
    public DbSet<ZaloUser> ZaloUsers => Set<ZaloUser>();
    public DbSet<InboxItem> InboxItems => Set<InboxItem>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DeliveryAttempt> DeliveryAttempts => Set<DeliveryAttempt>();
    public DbSet<StoredSnooze> Snoozes => Set<StoredSnooze>();
    public DbSet<ReminderWatermark> ReminderWatermarks => Set<ReminderWatermark>();
    public DbSet<ConversationToken> ConversationTokens => Set<ConversationToken>();
    public DbSet<UnitDirectoryImport> UnitDirectoryImports => Set<UnitDirectoryImport>();
    public DbSet<Absence> Absences => Set<Absence>();
    public DbSet<ReminderStop> ReminderStops => Set<ReminderStop>();
    public DbSet<PastDueItem> PastDueItems => Set<PastDueItem>();
    public DbSet<PendingPlanDraft> PendingPlanDrafts => Set<PendingPlanDraft>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReformBotDbContext).Assembly, t => t.Namespace == typeof(ReformBotDbContext).Namespace);
    }
}
