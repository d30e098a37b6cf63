using System.ComponentModel.DataAnnotations;

namespace ReformBot.Storage;

/// <summary>
/// Section <c>Cluster</c>: this instance among those sharing one database. <see cref="NodeId"/> names it in the Quartz
/// cluster (its scheduler instance id) and in <c>/healthz</c>; each instance needs its own.
/// </summary>
public sealed class ClusterOptions
{
    public const string Section = "Cluster";

    /// <summary>This node's id; by default the machine name and the process id (unique, but new at every start).</summary>
    [StringLength(200, MinimumLength = 1)]
    [RegularExpression(@"^\S(.*\S)?$", ErrorMessage = "Cluster:NodeId must not start or end with white space.")]
    public string? NodeId { get; set; }

    public string EffectiveNodeId => string.IsNullOrWhiteSpace(NodeId) ? $"{Environment.MachineName}-{Environment.ProcessId}" : NodeId;

    /// <summary>The settings as configuration gives them, for registrations that need them before the container exists (Quartz's instance id).</summary>
    public static ClusterOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection(Section).Get<ClusterOptions>() ?? new ClusterOptions();
    }
}
