namespace ReformBot.Accounts;

/// <summary>Section <c>Accounts</c>.</summary>
public sealed class AccountsOptions
{
    public const string Section = "Accounts";

    /// <summary>
    /// Mixed into every link code's hash so that the stored hashes cannot be reversed by trying the million codes
    /// without it. Set a secret of your own in production; every instance must use the same one.
    /// </summary>
    public string LinkCodePepper { get; set; } = "reformbot-link-code-pepper";

    /// <summary>How long an issued code can be used.</summary>
    public TimeSpan LinkCodeLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Wrong codes a chat account may send before it is locked.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked chat account must wait.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromHours(1);
}
