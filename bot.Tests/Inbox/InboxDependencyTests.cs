using System.Reflection;

namespace ReformBot.Tests.Inbox;

/// <summary>The inbox knows no feature: channels plug in through <c>IInboxHandler</c>.</summary>
public sealed class InboxDependencyTests
{
    private static readonly string[] Forbidden = ["ReformBot.Conversation", "ReformBot.Reminders", "ReformBot.Broadcasts", "ReformBot.Channels"];

    [Fact]
    public void InboxImportsNeitherConversationNorRemindersNorBroadcastsNorChannels()
    {
        // The same walk over signatures and method bodies as the domain purity check.
        var references = typeof(DomainPurityTests).GetMethod("ReferencedTypes", BindingFlags.NonPublic | BindingFlags.Static)!;
        var inboxTypes = typeof(Program).Assembly.GetTypes().Where(t => t.Namespace == "ReformBot.Inbox").ToList();
        Assert.NotEmpty(inboxTypes);

        var violations = inboxTypes
            .SelectMany(t => ((IEnumerable<Type>)references.Invoke(null, [t])!).Select(r => (Type: t, Reference: r)))
            .Where(x => Forbidden.Any(p => x.Reference.FullName?.StartsWith(p, StringComparison.Ordinal) ?? false))
            .Select(x => $"{x.Type.FullName} uses {x.Reference.FullName}")
            .Distinct()
            .ToList();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
