using System.Text;

namespace ReformBot.Channels.Zalo;

/// <summary>Cuts a long text into messages under Zalo's 2000-character limit, at line breaks where it can.</summary>
public static class ZaloTextSplitter
{
    public const int MaxLength = 2000;

    public static IReadOnlyList<string> Split(string text, int max = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 10);
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            foreach (var piece in CutLine(line, max))
            {
                if (current.Length > 0 && current.Length + 1 + piece.Length > max)
                {
                    Flush(parts, current);
                }

                if (current.Length > 0)
                {
                    current.Append('\n');
                }

                current.Append(piece);
            }
        }

        Flush(parts, current);
        return parts.Count == 0 ? [string.Empty] : parts;
    }

    private static void Flush(List<string> parts, StringBuilder current)
    {
        var part = current.ToString().Trim('\n');
        if (part.Length > 0)
        {
            parts.Add(part);
        }

        current.Clear();
    }

    /// <summary>A line longer than the limit is cut at spaces, or anywhere when it has none.</summary>
    private static IEnumerable<string> CutLine(string line, int max)
    {
        while (line.Length > max)
        {
            var cut = line.LastIndexOf(' ', max - 1);
            if (cut <= 0)
            {
                cut = max;
            }

            yield return line[..cut].TrimEnd();
            line = line[cut..].TrimStart();
        }

        yield return line;
    }
}
