using ReformBot.Audit;
using ReformBot.Broadcasts;
using ReformBot.Conversation.Recognition;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Conversation;

/// <summary>
/// A coordinator's "thông báo: ...": checks the role, finds the audience they named within the plans they coordinate,
/// and hands the announcement to <see cref="Broadcaster"/>, which writes it to the outbox.
/// </summary>
public sealed class Announcements(ReformBotDbContext db, AuditLog audit, Broadcaster broadcaster)
{
    public async Task<ConversationReply> AnnounceAsync(
        Sender sender, BroadcastAudience? audience, string? text, bool urgent, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var plans = sender.Memberships.Where(m => m.Has(OfficerRole.Coordinator)).ToList();
        if (plans.Count == 0)
        {
            audit.Record(sender.OfficerId, channel, AuditActions.Refusal, "broadcast", "not a coordinator");
            await db.SaveChangesAsync(cancellationToken);
            return ConversationReply.WithText(BroadcastTexts.OnlyCoordinators);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ConversationReply.WithText(BroadcastTexts.EmptyAnnouncement);
        }

        audience ??= BroadcastAudience.Everyone;
        var recipients = new Dictionary<string, string>(StringComparer.Ordinal);
        var matched = false;
        foreach (var membership in plans)
        {
            var view = await PlanView.LoadAsync(db, membership.PlanId, cancellationToken);
            foreach (var (id, name) in Audience(view, audience))
            {
                matched = true;
                if (id != sender.OfficerId)
                {
                    recipients.TryAdd(id, name);
                }
            }
        }

        if (!matched)
        {
            return ConversationReply.WithText(audience.Kind switch
            {
                AudienceKind.Unit => BroadcastTexts.UnknownUnit(audience.Unit ?? string.Empty),
                AudienceKind.Tasks => BroadcastTexts.UnknownTasks(audience.TaskRefs),
                _ => BroadcastTexts.NobodyToSend,
            });
        }

        if (recipients.Count == 0)
        {
            return ConversationReply.WithText(BroadcastTexts.NobodyToSend);
        }

        var queued = await broadcaster.AnnounceAsync(
            sender.OfficerId, sender.Name, string.Join(", ", plans.Select(p => p.PlanCode)), text, urgent, recipients, channel, cancellationToken);
        return ConversationReply.WithText(BroadcastTexts.Queued(queued.Id, queued.Recipients, queued.NeverLinked, queued.WaitsForMorning));
    }

    private static IEnumerable<(string Id, string Name)> Audience(PlanView view, BroadcastAudience audience)
    {
        IEnumerable<Officer> officers = audience.Kind switch
        {
            AudienceKind.Unit => view.AllUnits
                .Where(u => audience.Unit is { } wanted
                    && (string.Equals(u.Code, wanted, StringComparison.OrdinalIgnoreCase)
                        || VietnameseText.Fold(u.Name).Contains(VietnameseText.Fold(wanted), StringComparison.Ordinal)))
                .Take(1)
                .SelectMany(u => view.Tree.Subtree(u.Code))
                .SelectMany(view.OfficersOf),
            AudienceKind.Tasks => view.Tasks
                .Where(t => t.State != TaskState.Cancelled && audience.TaskRefs.Contains(t.Ref, StringComparer.OrdinalIgnoreCase))
                .SelectMany(t => t.AssigneeIds)
                .Select(view.Officer)
                .OfType<Officer>(),
            _ => view.AllOfficers,
        };
        return officers.Select(o => (o.OfficerId, o.Name));
    }
}
