using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Conversation;

/// <summary>Attaches evidence (tài liệu kiểm chứng) an officer sends to one of their tasks.</summary>
public sealed class EvidenceRecorder(ReformBotDbContext db, TimeProvider time)
{
    /// <returns>How many pieces of evidence were attached (links, files and a document reference count one each).</returns>
    public async Task<int> RecordAsync(
        PlanTask task, Sender sender, string channel, string? url, string? text, IReadOnlyList<MessageAttachment> attachments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(attachments);
        if (!task.IsAssignedTo(sender.OfficerId))
        {
            throw new InvalidOperationException($"Officer {sender.OfficerId} is not assigned to task {task.Ref}.");
        }

        var now = time.GetUtcNow();
        var evidence = new List<TaskEvidence>();
        if (url is not null)
        {
            evidence.Add(new TaskEvidence(task.Id, now, sender.OfficerId, channel, EvidenceKind.Link, url, null));
        }
        else if (!string.IsNullOrWhiteSpace(text))
        {
            evidence.Add(new TaskEvidence(task.Id, now, sender.OfficerId, channel, EvidenceKind.Document, text.Trim(), null));
        }

        evidence.AddRange(attachments
            .Where(a => a.Url is not null)
            .Select(a => new TaskEvidence(task.Id, now, sender.OfficerId, channel, EvidenceKind.File, a.Url!, a.Name)));
        db.TaskEvidence.AddRange(evidence);
        await db.SaveChangesAsync(cancellationToken);
        return evidence.Count;
    }
}
