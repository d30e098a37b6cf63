namespace ReformBot.Plans;

/// <summary>
/// A chat account (Teams, Zalo, Emulator, Web Chat) linked to a person. One account belongs to at most one person.
/// </summary>
public sealed class ChatAccount
{
    private ChatAccount()
    {
        Channel = AccountId = OfficerId = Source = string.Empty;
    }

    public ChatAccount(string channel, string accountId, string officerId, string? aadObjectId, string source, DateTimeOffset linkedAt)
    {
        Channel = channel;
        AccountId = accountId;
        OfficerId = officerId;
        AadObjectId = aadObjectId;
        Source = source;
        LinkedAt = linkedAt;
    }

    public long Id { get; private set; }
    public string Channel { get; private set; }
    public string AccountId { get; private set; }
    public string OfficerId { get; private set; }
    public string? AadObjectId { get; private set; }

    /// <summary>How it was linked: "plan:&lt;code&gt;" when a plan file lists it, else "code", "aad" or "email".</summary>
    public string Source { get; private set; }
    public DateTimeOffset LinkedAt { get; private set; }

    public static string PlanSource(string planCode) => "plan:" + planCode;

    public void Relink(string officerId, string? aadObjectId, string source, DateTimeOffset at)
    {
        OfficerId = officerId;
        AadObjectId = aadObjectId;
        Source = source;
        LinkedAt = at;
    }
}
