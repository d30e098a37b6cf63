using System.Security.Cryptography;
using System.Text;

namespace ReformBot.Inbox;

/// <summary>Keys as the inbox columns hold them: a key longer than the column is replaced by its SHA-256, so it stays unique.</summary>
public static class InboxKeys
{
    public const int MaxLength = 600;

    public static string Fit(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length <= MaxLength ? key : "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
