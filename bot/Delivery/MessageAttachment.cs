namespace ReformBot.Delivery;

/// <summary>A file or link a person sent along with a message (evidence, usually).</summary>
public sealed record MessageAttachment(string ContentType, string? Url, string? Name);
