namespace ReformBot.Plans;

/// <summary>A chat account known in advance. Channel: msteams, zalo, emulator, webchat or directline.</summary>
public sealed record ChatAccountEntry(string Channel, string Id, string? AadObjectId);
