using System.Globalization;
using System.Text;

namespace ReformBot.Conversation.Recognition;

/// <summary>
/// Folds Vietnamese chat text to one comparable form: lower case, no diacritics, đ → d, single spaces, and the
/// chat spellings officers type on phones ("dc", "r", "ko", "nv"...) replaced by the full words. Recognition
/// compares folded text only, so "đã xong rồi" and "da xong r" look the same.
/// </summary>
public static class VietnameseText
{
    /// <summary>Folds <paramref name="text"/>; null or blank gives an empty string.</summary>
    public static string Fold(string? text) => string.Join(' ', Tokenize(text).Select(t => t.Folded));

    /// <summary>The folded words with their place in the original text (see <see cref="TextToken"/>).</summary>
    internal static IReadOnlyList<TextToken> Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var raw = SplitRaw(text);
        var tokens = new List<TextToken>(raw.Count);
        foreach (var token in raw)
        {
            var folded = ChatSpelling.Normalise(token.Folded);
            if (folded.Length > 0)
            {
                tokens.Add(token with { Folded = folded });
            }
        }

        return MergePercent(tokens);
    }

    /// <summary>Lower case and strips the marks of one character; a surrogate (emoji) is kept as it is.</summary>
    internal static string FoldChar(char c)
    {
        if (char.IsSurrogate(c))
        {
            return c.ToString();
        }

        if (c is 'đ' or 'Đ')
        {
            return "d";
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format or UnicodeCategory.Control)
        {
            // Combining marks of text already in NFD, zero-width joiners, control characters: nothing to compare.
            return c is '\n' or '\r' or '\t' ? " " : string.Empty;
        }

        var decomposed = char.ToLowerInvariant(c).ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(d);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Splits on white space and cuts sentence punctuation into tokens of its own, except where it belongs to a
    /// number or a reference ("14:30", "0,5", "2.a", "20/12"); links stay whole.
    /// </summary>
    private static List<TextToken> SplitRaw(string text)
    {
        var tokens = new List<TextToken>();
        var current = new StringBuilder();
        var start = -1;

        void Flush(int end)
        {
            if (current.Length > 0)
            {
                tokens.Add(new TextToken(current.ToString(), start, end));
            }

            current.Clear();
            start = -1;
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (start < 0 && IsLinkStart(text, i))
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                while (end > i + 1 && ".,;!?)\"'”".Contains(text[end - 1], StringComparison.Ordinal))
                {
                    end--;
                }

                tokens.Add(new TextToken(text[i..end].ToLowerInvariant(), i, end));
                i = end;
                continue;
            }

            var folded = FoldChar(c);
            if (folded.Length == 0)
            {
                i++;
                continue;
            }

            if (folded.Trim().Length == 0 || char.IsWhiteSpace(c))
            {
                Flush(i);
            }
            else if (IsSeparatePunctuation(text, i))
            {
                Flush(i);
                tokens.Add(new TextToken(folded, i, i + 1));
            }
            else
            {
                if (start < 0)
                {
                    start = i;
                }

                current.Append(folded);
            }

            i++;
        }

        Flush(text.Length);
        return tokens;
    }

    private static bool IsLinkStart(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is ':' or '(')
        && (Matches(text, i, "http://") || Matches(text, i, "https://") || Matches(text, i, "www."));

    private static bool Matches(string text, int i, string prefix) =>
        string.Compare(text, i, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0 && text.Length - i > prefix.Length;

    private static bool IsSeparatePunctuation(string text, int i)
    {
        var c = text[i];
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return c switch
        {
            // "14:30", "0,5": part of a number.
            ':' or ',' => !(char.IsDigit(before) && char.IsDigit(after)),

            // "2.a", "II.2", "20.12.2024": part of a reference or a date; a full stop otherwise.
            '.' => !(char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after)),
            '%' => true,
            '!' or '?' or ';' or '(' or ')' or '[' or ']' or '"' or '“' or '”' or '…' or '*' or '=' or '+' or '<' or '>' => true,
            _ => false,
        };
    }

    /// <summary>"70 %", "70 phan tram" and "70%" all become the one token "70%".</summary>
    private static List<TextToken> MergePercent(List<TextToken> tokens)
    {
        var merged = new List<TextToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var isPercentWord = token.Folded == "%" || (token.Folded == "phan" && i + 1 < tokens.Count && tokens[i + 1].Folded == "tram");
            var width = token.Folded == "%" ? 1 : 2;
            if (isPercentWord)
            {
                var last = tokens[i + width - 1];
                if (merged.Count > 0 && IsNumber(merged[^1].Folded))
                {
                    merged[^1] = new TextToken(merged[^1].Folded + "%", merged[^1].Start, last.End);
                }
                else
                {
                    merged.Add(new TextToken("%", token.Start, last.End));
                }

                i += width - 1;
                continue;
            }

            merged.Add(token);
        }

        return merged;
    }

    private static bool IsNumber(string s) => s.Length is > 0 and <= 3 && s.All(char.IsAsciiDigit);
}
