using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReformBot.Audit;
using ReformBot.Broadcasts;
using ReformBot.Calendar;
using ReformBot.Cards;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Reminders;

namespace ReformBot.Storage;

/// <summary>
/// Loads plan files into the database as plans and revisions, and gives them back as files. Each load is one
/// transaction: a rejected file changes nothing.
/// </summary>
/// <remarks>
/// What is already overdue when a plan is first loaded (and what a revision adds already overdue) is recorded in the
/// same transaction and not chased (<see cref="PastDueRecorder"/>); <paramref name="calendar"/> says when a due date
/// is legally over (the built-in calendar when none is given).
/// </remarks>
public sealed partial class PlanStore(ReformBotDbContext db, TimeProvider time, WorkingCalendar? calendar = null, ILogger<PlanStore>? logger = null)
{
    private readonly AuditLog audit = new(db, time);
    private readonly ILogger log = logger ?? (ILogger)Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    private readonly PastDueRecorder pastDue = new(db, calendar ?? new WorkingCalendar());

    internal static readonly JsonSerializerOptions DiffJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Validates and stores a plan file given as UTF-8 JSON.</summary>
    public async Task<PlanImportResult> ImportAsync(ReadOnlyMemory<byte> utf8Json, string source, CancellationToken cancellationToken) =>
        await ImportAsync(PlanFileReader.Read(utf8Json), source, cancellationToken);

    /// <summary>
    /// Validates and stores a plan file read from <paramref name="utf8Json"/> as it arrives (never held whole in
    /// memory); null, with nothing stored, when it is longer than <paramref name="maxBytes"/>.
    /// </summary>
    public async Task<PlanImportResult?> ImportAsync(Stream utf8Json, long maxBytes, string source, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var read = await PlanFileReader.ReadAsync(utf8Json, maxBytes, cancellationToken);
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogRead(log, elapsed);
        return read is null ? null : await ImportAsync(read, source, cancellationToken);
    }

    private async Task<PlanImportResult> ImportAsync(PlanFileReadResult read, string source, CancellationToken cancellationToken) =>
        !read.IsValid || read.Plan is null
            ? PlanImportResult.Rejected(string.Empty, read.Errors, read.Warnings)
            : await ImportAsync(read.Plan, source, read.Warnings, cancellationToken);

    public async Task<PlanImportResult> ImportAsync(
        PlanFile file, string source, IReadOnlyList<PlanFileError> warnings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (db.InTransaction)
        {
            // Called inside the caller's transaction (a chat message handled by the inbox): the load commits or rolls
            // back with it; a rejected or unchanged file has written nothing.
            return await ImportInTransactionAsync(file, source, warnings, cancellationToken);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await ImportInTransactionAsync(file, source, warnings, cancellationToken);
            if (!result.IsRejected && !result.Unchanged)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
            return result;
        });
    }

    private async Task<PlanImportResult> ImportInTransactionAsync(
        PlanFile file, string source, IReadOnlyList<PlanFileError> warnings, CancellationToken cancellationToken)
    {
        var code = file.Plan.Code;
        var accountErrors = await FindAccountConflictsAsync(file, cancellationToken);
        if (accountErrors.Count > 0)
        {
            return PlanImportResult.Rejected(code, accountErrors, warnings);
        }

        var now = time.GetUtcNow();
        var watch = Stopwatch.StartNew();
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        var before = plan is null ? EmptyLike(file) : await LoadFileAsync(plan, cancellationToken);
        var loaded = watch.ElapsedMilliseconds;
        var diff = PlanDiffer.Compare(before, file);
        var compared = watch.ElapsedMilliseconds;
        if (plan is not null && diff.IsEmpty)
        {
            return new PlanImportResult(code, plan.Revision, false, true, diff, [], warnings);
        }

        var created = plan is null;
        var existing = plan is null ? PastDueRecorder.Snapshot.Empty : await pastDue.SnapshotAsync(plan.Id, cancellationToken);
        if (plan is null)
        {
            plan = Plan.Create(file.Plan, now);
            db.Plans.Add(plan);
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            plan.Revise(file.Plan, now);
        }

        await PlanSync.ApplyAsync(db, plan, file, cancellationToken);
        var synced = watch.ElapsedMilliseconds;
        await SyncAccountsAsync(file, now, cancellationToken);
        db.PlanRevisions.Add(new PlanRevision(
            plan.Id, plan.Revision, now, source, PlanFileWriter.WriteString(file), JsonSerializer.Serialize(diff, DiffJson)));
        audit.Record(
            source == "demo" ? AuditActors.System : AuditActors.Admin, source, AuditActions.PlanImport, code,
            $"revision {plan.Revision}{(created ? " (created)" : string.Empty)}");
        if (!created)
        {
            await QueuePlanChangeNoticesAsync(plan, before, file, diff, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        var saved = watch.ElapsedMilliseconds;
        if ((await pastDue.RecordAsync(plan, existing, now, cancellationToken)).Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        LogStored(log, code, plan.Revision, file.Tasks.Count, loaded, compared - loaded, synced - compared, saved - synced, watch.ElapsedMilliseconds - saved);
        return new PlanImportResult(code, plan.Revision, created, false, diff, [], warnings);
    }

    /// <summary>
    /// Each person whose tasks the revision changes gets one plan-change card with only their changes; it is queued in
    /// the revision's own transaction, so a revision is never stored without its notices nor notified twice, and held
    /// for the person's next daily reminder message (one proactive message a day).
    /// </summary>
    private async Task QueuePlanChangeNoticesAsync(Plan plan, PlanFile before, PlanFile after, PlanDiff diff, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notices = PlanChangeNotices.For(before, after, diff);
        if (notices.Count == 0)
        {
            return;
        }

        var names = after.Officers.Concat(before.Officers).DistinctBy(o => o.Id).ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
        var broadcast = new Broadcast(BroadcastKind.PlanChange, plan.Code, null, Broadcaster.PlanChangeSummary(plan.Revision), false, now);
        db.Broadcasts.Add(broadcast);
        await BroadcastRecipients.AddAsync(
            db,
            broadcast,
            notices.Select(n => (n.OfficerId, names.GetValueOrDefault(n.OfficerId, n.OfficerId),
                OutgoingMessage.WithCard(BroadcastTexts.PlanChanged(plan.Code, plan.Revision, n.Items.Count), PlanChangeCard.Create(plan, n.Items)))),
            now,
            cancellationToken);

        // Not a message of its own: each notice goes out in the person's next daily reminder message.
        foreach (var row in broadcast.Messages)
        {
            row.GoesInDailyMessage();
        }
    }

    /// <summary>The plan as a plan file, from what is stored now; null when there is no such plan.</summary>
    public async Task<PlanFile?> ExportAsync(string code, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        return plan is null ? null : await LoadFileAsync(plan, cancellationToken);
    }

    public async Task<IReadOnlyList<PlanSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var summaries = new List<PlanSummary>(plans.Count);
        foreach (var plan in plans)
        {
            var tasks = await db.Tasks.AsNoTracking()
                .Where(t => t.PlanId == plan.Id && t.State != TaskState.Cancelled)
                .Select(t => t.State)
                .ToListAsync(cancellationToken);
            summaries.Add(new PlanSummary(
                plan.Code,
                plan.Title,
                plan.Year,
                plan.Revision,
                plan.UpdatedAt,
                await db.Units.CountAsync(u => u.PlanId == plan.Id, cancellationToken),
                await db.Officers.CountAsync(o => o.PlanId == plan.Id, cancellationToken),
                tasks.Count,
                tasks.Count(s => s == TaskState.Done),
                await db.ReportSchedules.CountAsync(r => r.PlanId == plan.Id && !r.IsCancelled, cancellationToken)));
        }

        return summaries;
    }

    private async Task<PlanFile> LoadFileAsync(Plan plan, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.PlanId == plan.Id)
            .OrderBy(u => u.Position).ThenBy(u => u.Id).ToListAsync(cancellationToken);
        var officers = await db.Officers.AsNoTracking().Where(o => o.PlanId == plan.Id)
            .OrderBy(o => o.Position).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        // Entries only, made as the rows arrive: a province's plan would otherwise be held twice, as rows and as entries.
        var tasks = new List<TaskEntry>();
        await foreach (var task in db.Tasks.AsNoTracking().Where(t => t.PlanId == plan.Id && t.State != TaskState.Cancelled)
            .OrderBy(t => t.Position).ThenBy(t => t.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            tasks.Add(task.ToEntry());
        }

        var reports = await db.ReportSchedules.AsNoTracking().Where(r => r.PlanId == plan.Id && !r.IsCancelled)
            .OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return new PlanFile(
            plan.ToHeader(),
            [.. units.Select(u => u.ToEntry())],
            [.. officers.Select(o => o.ToEntry())],
            tasks,
            [.. reports.Select(r => r.ToEntry())]);
    }

    /// <summary>A chat account belongs to one person: a file may not hand an account linked to someone else to another.</summary>
    private async Task<IReadOnlyList<PlanFileError>> FindAccountConflictsAsync(PlanFile file, CancellationToken cancellationToken)
    {
        var errors = new List<PlanFileError>();
        var linkedTo = (await AccountsListedInAsync(file, tracked: false, cancellationToken))
            .ToDictionary(a => (a.Channel, a.AccountId), a => a.OfficerId);
        for (var i = 0; i < file.Officers.Count; i++)
        {
            var officer = file.Officers[i];
            for (var j = 0; j < officer.Accounts.Count; j++)
            {
                var account = officer.Accounts[j];
                if (linkedTo.TryGetValue((account.Channel, account.Id), out var linked) && linked != officer.Id)
                {
                    errors.Add(new PlanFileError(
                        $"$.officers[{i}].accounts[{j}]",
                        $"The {account.Channel} account '{account.Id}' is already linked to officer '{linked}'."));
                }
            }
        }

        return errors;
    }

    private async Task SyncAccountsAsync(PlanFile file, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var source = ChatAccount.PlanSource(file.Plan.Code);
        var listed = file.Officers
            .SelectMany(o => o.Accounts.Select(a => (Officer: o.Id, Account: a)))
            .ToList();
        var stored = await db.ChatAccounts.Where(a => a.Source == source).ToListAsync(cancellationToken);
        var keys = listed.Select(l => (l.Account.Channel, l.Account.Id)).ToHashSet();
        foreach (var gone in stored.Where(s => !keys.Contains((s.Channel, s.AccountId))))
        {
            db.ChatAccounts.Remove(gone);
        }

        // One read for all the file's accounts (not one per account): a province lists thousands.
        var known = (await AccountsListedInAsync(file, tracked: true, cancellationToken)).ToDictionary(a => (a.Channel, a.AccountId));
        foreach (var (officerId, account) in listed)
        {
            var existing = known.GetValueOrDefault((account.Channel, account.Id));
            if (existing is null)
            {
                db.ChatAccounts.Add(new ChatAccount(account.Channel, account.Id, officerId, account.AadObjectId, source, now));
            }
            else if (existing.OfficerId != officerId || existing.AadObjectId != account.AadObjectId)
            {
                existing.Relink(officerId, account.AadObjectId, source, now);
            }
        }
    }

    /// <summary>The stored chat accounts with an id the file lists, read in chunks of ids.</summary>
    private async Task<List<ChatAccount>> AccountsListedInAsync(PlanFile file, bool tracked, CancellationToken cancellationToken)
    {
        var found = new List<ChatAccount>();
        var listed = file.Officers.SelectMany(o => o.Accounts).Select(a => (a.Channel, a.Id)).ToHashSet();
        foreach (var chunk in listed.Select(a => a.Id).Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var query = db.ChatAccounts.Where(a => chunk.Contains(a.AccountId));
            found.AddRange((await (tracked ? query : query.AsNoTracking()).ToListAsync(cancellationToken)).Where(a => listed.Contains((a.Channel, a.AccountId))));
        }

        return found;
    }

    /// <summary>The same header with nothing in it: a new plan's diff then lists everything it adds.</summary>
    private static PlanFile EmptyLike(PlanFile file) => new(file.Plan, [], [], [], []);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan file read and checked in {Milliseconds} ms")]
    private static partial void LogRead(ILogger logger, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {Code} revision {Revision} stored ({Tasks} tasks): stored plan read {Loaded} ms, compared {Compared} ms, rows synced {Synced} ms, accounts, revision and notices {Saved} ms, past-due items {PastDue} ms")]
    private static partial void LogStored(ILogger logger, string code, int revision, int tasks, long loaded, long compared, long synced, long saved, long pastDue);
}
