using System.Text;

namespace ReformBot.Channels.Zalo;

/// <summary>Vietnamese phone numbers as plans write them ("0912 345 678", "+84912345678") and as Zalo sends them ("84912345678").</summary>
public static class ZaloPhone
{
    /// <summary>The national form "0912345678", or null when there are no digits.</summary>
    public static string? Normalize(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new StringBuilder();
        foreach (var c in phone.Where(char.IsAsciiDigit))
        {
            digits.Append(c);
        }

        var text = digits.ToString();
        if (text.StartsWith("84", StringComparison.Ordinal) && text.Length >= 11)
        {
            text = "0" + text[2..];
        }
        else if (text.Length is 9 && text[0] != '0')
        {
            // A number written without its leading zero.
            text = "0" + text;
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>The international form ZNS expects: "84912345678".</summary>
    public static string? International(string? phone) => Normalize(phone) is { } national && national.StartsWith('0') ? "84" + national[1..] : Normalize(phone);
}
