using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace ReformBot.WebChat;

/// <summary>
/// One Direct Line conversation of the chat page, in memory: every activity of either side in order, read by watermark
/// (the number of activities the client has seen), and the files uploaded in it. Bounded: past <see cref="MaxActivities"/>
/// activities or <see cref="MaxFiles"/> files the oldest are dropped.
/// </summary>
internal sealed class DirectLineConversation(string id, string token, string userId, string userName, DateTimeOffset createdAt)
{
    public const int MaxActivities = 2000;
    public const int MaxFiles = 10;

    private readonly Lock gate = new();
    private readonly List<JsonObject> activities = [];
    private readonly List<(string Id, DirectLineFile File)> files = [];
    private int dropped;

    public string Id { get; } = id;
    public string Token { get; } = token;
    public string UserId { get; } = userId;
    public string UserName { get; } = userName;
    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>Stores the activity under a new id (<c>{conversation}|{sequence}</c>) and returns that id.</summary>
    public string Add(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (gate)
        {
            var sequence = dropped + activities.Count;
            var activityId = $"{Id}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
            activity["id"] = activityId;
            activities.Add(activity);
            if (activities.Count > MaxActivities)
            {
                activities.RemoveAt(0);
                dropped++;
            }

            return activityId;
        }
    }

    /// <summary>Copies of the activities after <paramref name="watermark"/>, and the new watermark.</summary>
    public (IReadOnlyList<JsonObject> Activities, int Watermark) Since(int watermark)
    {
        lock (gate)
        {
            var total = dropped + activities.Count;
            var from = Math.Clamp(watermark - dropped, 0, activities.Count);
            return ([.. activities.Skip(from).Select(a => (JsonObject)a.DeepClone())], total);
        }
    }

    /// <summary>Keeps an uploaded file under a new unguessable id and returns that id.</summary>
    public string AddFile(DirectLineFile file)
    {
        var fileId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        lock (gate)
        {
            files.Add((fileId, file));
            if (files.Count > MaxFiles)
            {
                files.RemoveAt(0);
            }
        }

        return fileId;
    }

    public DirectLineFile? FindFile(string fileId)
    {
        lock (gate)
        {
            return files.FirstOrDefault(f => f.Id == fileId).File;
        }
    }
}
