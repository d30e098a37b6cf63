namespace ReformBot.Storage;

/// <summary>One line of the plan list.</summary>
public sealed record PlanSummary(
    string Code,
    string Title,
    int Year,
    int Revision,
    DateTimeOffset UpdatedAt,
    int Units,
    int Officers,
    int Tasks,
    int TasksDone,
    int Reports);
