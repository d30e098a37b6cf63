namespace ReformBot.Tests.Conversation.Recognition;

/// <summary>
/// Finds corpus.tsv next to this test's sources by walking up from the test output: the file stays where product people
/// edit it, with no copy step in the project file.
/// </summary>
internal static class CorpusFile
{
    public static string PathOf(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bot.Tests", "Conversation", "Recognition", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{name} not found above {AppContext.BaseDirectory}");
    }
}
