namespace ReformBot.Absences;

/// <summary>What recording an absence did: the absence, and how many unit heads were told.</summary>
public sealed record AbsenceRecord(Absence Absence, DateOnly BackOn, int HeadsTold);

/// <summary>Why dates said in chat (or sent to the admin API) cannot be an absence.</summary>
public enum AbsenceDatesProblem
{
    None,
    Missing,
    InPast,
    EndsBeforeStart,
    TooLong,
}
