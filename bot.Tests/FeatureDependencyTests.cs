namespace ReformBot.Tests;

/// <summary>
/// How the feature folders (the namespaces right under ReformBot) depend on each other, read by reflection from every
/// signature and method body as <see cref="DomainPurityTests"/> does: Delivery is the messaging module the others plug
/// into, so it uses none of them; and no two features depend on each other in a circle.
/// </summary>
public sealed class FeatureDependencyTests
{
    /// <summary>
    /// Storage maps every feature's entities (one DbContext, one configuration per entity) and the features query
    /// through it, so every feature that stores something and Storage depend on each other. It is the persistence hub,
    /// left out of the cycle check; every other pair of features must depend one way at most.
    /// </summary>
    private const string PersistenceHub = "Storage";

    /// <summary>
    /// Dependencies that close cycles outside the outbox's area, known when this test was written: they are left out
    /// so that no new cycle creeps in, and the test fails once one is gone so that its line is removed. None are left.
    /// </summary>
    private static readonly (string From, string To)[] KnownCycleEdges = [];

    private static readonly Dictionary<string, HashSet<string>> Graph = BuildGraph();

    [Fact]
    public void DeliveryUsesNoTypeOfRemindersBroadcastsConversationOrChannels()
    {
        string[] forbidden = ["ReformBot.Reminders", "ReformBot.Broadcasts", "ReformBot.Conversation", "ReformBot.Channels"];
        var delivery = Types().Where(t => t.Namespace == "ReformBot.Delivery" || (t.Namespace?.StartsWith("ReformBot.Delivery.", StringComparison.Ordinal) ?? false)).ToList();
        Assert.Contains(delivery, t => t.Name == "OutboxSender");

        var violations = delivery
            .SelectMany(t => References(t).Select(r => (Type: t, Reference: r)))
            .Where(x => forbidden.Any(f => x.Reference.Namespace == f || (x.Reference.Namespace?.StartsWith(f + ".", StringComparison.Ordinal) ?? false)))
            .Select(x => $"{x.Type.FullName} uses {x.Reference.FullName}")
            .Distinct()
            .ToList();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void FeatureFoldersHaveNoDependencyCyclesApartFromThePersistenceHub()
    {
        Assert.True(Graph.Count > 5, "the feature graph was not read");
        Assert.All(KnownCycleEdges, e => Assert.True(Graph[e.From].Contains(e.To), $"{e.From} -> {e.To} is gone: remove it from {nameof(KnownCycleEdges)}"));
        var graph = Graph.ToDictionary(g => g.Key, g => g.Value.Where(to => !KnownCycleEdges.Contains((g.Key, to))).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var cycles = Cycles(graph).Select(c => string.Join(" + ", c.Order(StringComparer.Ordinal))).ToList();

        Assert.True(
            cycles.Count == 0,
            $"Features that depend on each other in a circle ({PersistenceHub} left out):{Environment.NewLine}{string.Join(Environment.NewLine, cycles)}"
            + $"{Environment.NewLine}Edges:{Environment.NewLine}{string.Join(Environment.NewLine, Graph.SelectMany(g => g.Value.Select(v => $"{g.Key} -> {v}")).Order(StringComparer.Ordinal))}");
    }

    private static IEnumerable<Type> Types() => typeof(Program).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("ReformBot.", StringComparison.Ordinal) ?? false);

    private static string Feature(Type type) => type.Namespace!.Split('.')[1];

    /// <summary>Every type <paramref name="type"/> names, with the arguments of generic types and the elements of arrays.</summary>
    private static IEnumerable<Type> References(Type type) => DomainPurityTests.ReferencedTypes(type).SelectMany(Expand);

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        yield return type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }

    private static Dictionary<string, HashSet<string>> BuildGraph()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in Types())
        {
            var from = Feature(type);
            if (from == PersistenceHub)
            {
                continue;
            }

            if (!graph.TryGetValue(from, out var edges))
            {
                graph[from] = edges = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var reference in References(type).Where(r => r.Namespace?.StartsWith("ReformBot.", StringComparison.Ordinal) ?? false))
            {
                var to = Feature(reference);
                if (to != from && to != PersistenceHub)
                {
                    edges.Add(to);
                }
            }
        }

        return graph;
    }

    /// <summary>The strongly connected groups of more than one feature (Tarjan).</summary>
    private static List<List<string>> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<List<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (index.TryGetValue(next, out var seen))
                {
                    if (onStack.Contains(next))
                    {
                        low[node] = Math.Min(low[node], seen);
                    }
                }
                else
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
            }

            if (low[node] == index[node])
            {
                var group = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    group.Add(member);
                }
                while (member != node);
                if (group.Count > 1)
                {
                    groups.Add(group);
                }
            }
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return groups;
    }
}
