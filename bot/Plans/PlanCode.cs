using System.Text.RegularExpressions;

namespace ReformBot.Plans;

/// <summary>
/// What a plan code may be: a document number such as <c>104/KH-UBND</c> or <c>92/KH-TTPVHCC</c>, 1 to 40 of
/// letters, digits, Đ/đ, '.', '/' and '-'. Every stored code can then be exported and named in a URL or a chat message.
/// </summary>
public static partial class PlanCode
{
    public const string Expected = "a plan code of 1 to 40 letters, digits, 'Đ', '.', '/' or '-' (e.g. 104/KH-UBND)";

    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    [GeneratedRegex("^[0-9A-Za-zĐđ./-]{1,40}$")]
    internal static partial Regex Pattern();
}
