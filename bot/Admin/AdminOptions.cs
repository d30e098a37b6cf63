namespace ReformBot.Admin;

/// <summary>Section <c>Admin</c>.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>
    /// The key callers send in <c>X-Api-Key</c>. Without one the admin API is open in Development (for local work) and
    /// closed everywhere else.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Largest plan file accepted, in bytes.</summary>
    public int MaxPlanFileBytes { get; set; } = 5 * 1024 * 1024;
}
