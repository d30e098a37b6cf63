namespace ReformBot.Absences;

/// <summary>Why an officer is away: "đi công tác", "nghỉ phép", "nghỉ ốm", or anything else ("vắng", "đi học").</summary>
public enum AbsenceReason
{
    Other,
    BusinessTrip,
    Leave,
    Sick,
}
