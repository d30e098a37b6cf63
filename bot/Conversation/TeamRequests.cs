using Microsoft.EntityFrameworkCore;
using ReformBot.Broadcasts;
using ReformBot.Conversation.Recognition;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Conversation;

/// <summary>
/// What people ask the bot to do for or to others: announcements, nudges, extension requests and decisions. Each
/// checks the asker's role first, and everything it sends to others goes through the broadcast queue.
/// </summary>
public sealed class TeamRequests(
    ReformBotDbContext db, Broadcaster broadcaster, Announcements announcements, UnitOverview overview, ExtensionRequests extensions)
{
    public Task<ConversationReply> AnnounceAsync(Sender sender, IntentSlots slots, string channel, CancellationToken cancellationToken) =>
        announcements.AnnounceAsync(sender, slots.Audience, slots.Text, slots.Urgent, channel, cancellationToken);

    /// <summary>A head reminds one of their officers of that officer's overdue tasks.</summary>
    public async Task<ConversationReply> NudgeAsync(
        Sender sender, string? officerId, string? officerName, IReadOnlyCollection<string>? taskRefs, CancellationToken cancellationToken)
    {
        var target = await overview.FindNudgeTargetAsync(sender, officerId, officerName, taskRefs, cancellationToken);
        if (target.Refusal is { } refusal)
        {
            return ConversationReply.WithText(refusal);
        }

        if (target.OfficerId is null)
        {
            return ConversationReply.WithText(BroadcastTexts.UnknownOfficer(officerName ?? officerId ?? string.Empty));
        }

        if (target.Tasks.Count == 0)
        {
            return ConversationReply.WithText(BroadcastTexts.NothingToNudge(target.Name!));
        }

        var message = OutgoingMessage.PlainText(BroadcastTexts.Nudge(sender.Name, target.Tasks));
        await broadcaster.NotifyAsync(sender.OfficerId, target.PlanCode!, "nudge", [(target.OfficerId, target.Name!)], message, cancellationToken);
        return ConversationReply.WithText(BroadcastTexts.Nudged(target.Name!, target.Tasks.Count));
    }

    /// <summary>An assignee asks for more time; the plan's coordinators are told.</summary>
    public async Task<ConversationReply> RequestExtensionAsync(
        Sender sender, string planCode, PlanTask task, DateOnly? date, string? reason, string channel, CancellationToken cancellationToken)
    {
        if (date is not { } until)
        {
            return ConversationReply.WithText(ConversationTexts.ExtensionNeedsDate);
        }

        var result = await extensions.RequestAsync(sender, planCode, task.Ref, until, reason, channel, cancellationToken);
        if (result.Outcome is ExtensionOutcome.Requested or ExtensionOutcome.Replaced)
        {
            var coordinators = await db.Officers.AsNoTracking()
                .Where(o => o.PlanId == task.PlanId)
                .ToListAsync(cancellationToken);
            var to = coordinators.Where(o => o.Has(OfficerRole.Coordinator) && o.OfficerId != sender.OfficerId).Select(o => (o.OfficerId, o.Name)).ToList();
            var notice = OutgoingMessage.PlainText(ConversationTexts.ExtensionAsked(sender.Name, result));
            await broadcaster.NotifyAsync(sender.OfficerId, planCode, "extension request", to, notice, cancellationToken);
        }

        return ConversationReply.WithText(ExtensionTexts.For(result));
    }

    /// <summary>A coordinator approves or rejects; the officer who asked is told.</summary>
    public async Task<ConversationReply> DecideExtensionAsync(
        Sender sender, bool approve, IntentSlots slots, string channel, CancellationToken cancellationToken)
    {
        if (slots.TaskRef is not { } taskRef)
        {
            return ConversationReply.WithText(ConversationTexts.DecisionNeedsTask);
        }

        var planIds = sender.Memberships.Where(m => m.Has(OfficerRole.Coordinator)).Select(m => m.PlanId).ToList();
        var planCodes = await db.Tasks.AsNoTracking()
            .Where(t => planIds.Contains(t.PlanId) && t.Ref == taskRef)
            .Join(db.Plans, t => t.PlanId, p => p.Id, (_, p) => p.Code)
            .ToListAsync(cancellationToken);
        var planCode = planCodes.Count == 1 ? planCodes[0] : sender.Memberships.Count > 0 ? sender.Memberships[0].PlanCode : string.Empty;
        var result = await extensions.DecideAsync(sender, planCode, taskRef, approve, approve ? slots.Date : null, slots.Reason, channel, cancellationToken);
        if (result.Outcome is ExtensionOutcome.Approved or ExtensionOutcome.Rejected && result.OfficerId is { } officerId)
        {
            var name = await db.Officers.AsNoTracking().Where(o => o.OfficerId == officerId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
            var notice = OutgoingMessage.PlainText(ConversationTexts.ExtensionDecided(sender.Name, result));
            await broadcaster.NotifyAsync(sender.OfficerId, planCode, "extension decision", [(officerId, name ?? officerId)], notice, cancellationToken);
        }

        return ConversationReply.WithText(ExtensionTexts.For(result));
    }
}
