namespace ReformBot.Conversation.Recognition;

/// <summary>
/// The short forms and common typos of Vietnamese chat, mapped to the words they stand for. Only whole folded
/// tokens are replaced, so "k" is "khong" but "50k" stays. Product people extend the table as new spellings show up.
/// </summary>
internal static class ChatSpelling
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["dc"] = "duoc", ["dk"] = "duoc", ["duoc"] = "duoc", ["dduoc"] = "duoc",
        ["r"] = "roi", ["rui"] = "roi", ["roai"] = "roi",
        ["ko"] = "khong", ["k"] = "khong", ["kh"] = "khong", ["hok"] = "khong", ["khg"] = "khong", ["kg"] = "khong", ["khong"] = "khong", ["kp"] = "khong phai",
        ["vs"] = "voi",
        ["nv"] = "nhiem vu", ["nvu"] = "nhiem vu", ["nhiemvu"] = "nhiem vu",
        ["bc"] = "bao cao", ["bcao"] = "bao cao", ["baocao"] = "bao cao",
        ["ok"] = "ok", ["oke"] = "ok", ["okie"] = "ok", ["okay"] = "ok", ["oki"] = "ok", ["okela"] = "ok", ["okila"] = "ok", ["oce"] = "ok", ["uh"] = "ok", ["uhm"] = "ok", ["um"] = "ok", ["👍"] = "ok",
        ["ng"] = "nguoi", ["ngta"] = "nguoi ta",
        ["j"] = "gi", ["ji"] = "gi",
        ["nx"] = "nua", ["nua"] = "nua",
        ["ns"] = "noi", ["cx"] = "cung", ["cg"] = "cung", ["lm"] = "lam", ["bt"] = "biet", ["mk"] = "minh", ["mik"] = "minh",
        ["ntn"] = "nhu the nao", ["trc"] = "truoc", ["tr"] = "truoc", ["ad"] = "admin", ["vc"] = "viec", ["hc"] = "hanh chinh",
        ["xog"] = "xong", ["xongg"] = "xong", ["xonggg"] = "xong", ["sxong"] = "xong", ["xg"] = "xong", ["dda"] = "da", ["nopj"] = "nop", ["dl"] = "deadline", ["xnog"] = "xong", ["song"] = "xong",
        ["ht"] = "hoan thanh", ["hthanh"] = "hoan thanh", ["hoanthanh"] = "hoan thanh",
        ["giahan"] = "gia han", ["quahan"] = "qua han", ["tiendo"] = "tien do", ["thongke"] = "thong ke",
        ["vuongmac"] = "vuong mac", ["minhchung"] = "minh chung", ["lienket"] = "lien ket", ["thongbao"] = "thong bao",
        ["tks"] = "cam on", ["thanks"] = "cam on", ["thank"] = "cam on", ["camon"] = "cam on",
        ["hnay"] = "hom nay", ["hqua"] = "hom qua", ["cnhat"] = "chu nhat",
    };

    /// <summary>The full form of one folded token; "nv2.a" → "nhiem vu 2.a".</summary>
    public static string Normalise(string token)
    {
        if (Words.TryGetValue(token, out var word))
        {
            return word;
        }

        foreach (var prefix in (string[])["nv", "nhiemvu"])
        {
            if (token.Length > prefix.Length && token.StartsWith(prefix, StringComparison.Ordinal) && char.IsAsciiDigit(token[prefix.Length]))
            {
                return "nhiem vu " + token[prefix.Length..];
            }
        }

        return token;
    }
}
