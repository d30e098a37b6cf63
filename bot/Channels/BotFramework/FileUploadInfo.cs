namespace ReformBot.Channels.BotFramework;

/// <summary>The <c>uploadInfo</c> of an accepted file consent: where to PUT the bytes and how the file is then shown.</summary>
internal sealed record FileUploadInfo(string? Name, Uri UploadUrl, string? ContentUrl, string? UniqueId, string? FileType);
