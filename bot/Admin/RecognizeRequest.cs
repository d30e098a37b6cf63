namespace ReformBot.Admin;

/// <summary>A message to recognise; <see cref="Today"/> (ISO date) is the sender's date, by default today in Vietnam.</summary>
internal sealed record RecognizeRequest(string? Text, string? Today);
