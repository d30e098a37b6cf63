namespace ReformBot.PlanDrafts;

/// <summary>
/// Phrases that name a kind of unit rather than one ("các cơ quan chuyên môn thuộc UBND huyện", "UBND các xã, thị
/// trấn") with the folded name beginnings of that kind, and the words that join unit names in a cell.
/// </summary>
internal static class UnitGroups
{
    private static readonly string[] Specialist = ["phong ", "van phong ", "thanh tra ", "so ", "ban quan ly ", "trung tam "];
    private static readonly string[] Communes = ["ubnd xa ", "ubnd phuong ", "ubnd thi tran "];
    private static readonly string[] Districts = ["ubnd huyen ", "ubnd thanh pho ", "ubnd thi xa ", "ubnd quan "];

    /// <summary>Longest first, so that "các cơ quan chuyên môn thuộc UBND huyện" is taken before "các cơ quan chuyên môn".</summary>
    public static readonly IReadOnlyList<(string Phrase, string[] Prefixes)> Phrases = new List<(string, string[])>
    {
        ("cac co quan chuyen mon thuoc ubnd huyen", Specialist),
        ("cac co quan chuyen mon thuoc ubnd tinh", Specialist),
        ("cac co quan chuyen mon thuoc ubnd thanh pho", Specialist),
        ("cac co quan chuyen mon", Specialist),
        ("cac phong ban chuyen mon", Specialist),
        ("cac phong chuyen mon", Specialist),
        ("cac so ban nganh", Specialist),
        ("ubnd cac xa phuong thi tran", Communes),
        ("ubnd cac xa thi tran", Communes),
        ("ubnd cac xa phuong", Communes),
        ("ubnd cap xa", Communes),
        ("ubnd cac xa", Communes),
        ("cac xa thi tran", Communes),
        ("ubnd cac huyen thanh pho", Districts),
        ("ubnd cac huyen thi xa thanh pho", Districts),
        ("ubnd cac huyen", Districts),
        ("ubnd cap huyen", Districts),
    }.OrderByDescending(p => p.Item1.Length).ToList();

    /// <summary>Words that may stand between or around unit names without naming one.</summary>
    public static readonly IReadOnlySet<string> Filler = new HashSet<string>(StringComparer.Ordinal)
    {
        "va", "cac", "cua", "thuoc", "voi", "huyen", "tinh", "xa", "thi", "tran", "thanh", "pho", "phuong", "quan", "co",
        "lien", "don", "vi", "nganh", "chu", "tri", "phoi", "hop", "truong", "cap", "tham", "muu", "theo", "chuc", "nang",
        "nhiem", "vu", "duoc", "giao", "la", "cung", "tren", "dia", "ban", "khac", "lq", "lien quan", "quan", "so", "tai",
    };
}
