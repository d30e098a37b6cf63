using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ReformBot.WebChat;

/// <summary>
/// The chat page's Direct Line conversations (Development only, in memory: a restart ends them, and the bot then finds
/// the conversation gone as it would in Teams). Each is reached by its token; at most <see cref="MaxConversations"/>
/// are kept, the oldest dropped first.
/// </summary>
internal sealed class DirectLineConversations(TimeProvider time)
{
    public const int MaxConversations = 200;

    private readonly ConcurrentDictionary<string, DirectLineConversation> byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DirectLineConversation> byToken = new(StringComparer.Ordinal);

    public DirectLineConversation Start(string userId, string userName)
    {
        var conversation = new DirectLineConversation(NewId(), NewId() + NewId(), userId, userName, time.GetUtcNow());
        byId[conversation.Id] = conversation;
        byToken[conversation.Token] = conversation;
        foreach (var old in byId.Values.OrderByDescending(c => c.CreatedAt).Skip(MaxConversations))
        {
            byId.TryRemove(old.Id, out _);
            byToken.TryRemove(old.Token, out _);
        }

        return conversation;
    }

    public DirectLineConversation? Find(string conversationId) => byId.GetValueOrDefault(conversationId);

    /// <summary>The conversation an <c>Authorization: Bearer</c> header opens, if any.</summary>
    public DirectLineConversation? FindByAuthorization(string? authorization) =>
        authorization is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? byToken.GetValueOrDefault(header["Bearer ".Length..].Trim())
            : null;

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
