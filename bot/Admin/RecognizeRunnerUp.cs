namespace ReformBot.Admin;

/// <summary>The second most likely intent and its probability.</summary>
internal sealed record RecognizeRunnerUp(string Intent, double Confidence);
