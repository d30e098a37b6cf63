namespace ReformBot.PlanDrafts;

/// <summary>What a task table's column holds, recognised from its header words.</summary>
internal enum ColumnKind
{
    Ref,
    Field,
    Criterion,
    Title,
    Target,
    Score,
    ScoreCurrent,
    ScoreMax,
    Index,
    Lead,
    Coordinating,
    Assignees,
    Deadline,
    CheckIn,
    Evidence,
    Note,
}
