namespace ReformBot.Plans;

/// <summary>A problem in a plan file: where it is (JSONPath, e.g. <c>$.tasks[3].deadline</c>) and what is wrong, in English.</summary>
public sealed record PlanFileError(string Path, string Message);
