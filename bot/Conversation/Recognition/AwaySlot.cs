using ReformBot.Absences;

namespace ReformBot.Conversation.Recognition;

/// <summary>
/// What "em đi công tác đến 10/12", "nghỉ phép tuần này", "tôi nghỉ ốm 3 ngày" say about an absence: why, and the
/// dates as far as the words give them. <see cref="Until"/> may fall on a day off ("tuần này" is until Sunday); a
/// <see cref="Duration"/> counts from <see cref="From"/> (today when not said). The handler turns them into the dates it confirms.
/// </summary>
public sealed record AwaySlot(AbsenceReason Reason, DateOnly? From, DateOnly? Until, TimeSpan? Duration);

/// <summary>
/// The item "không cần nhắc việc này nữa" is about, once the bot knows which (kept behind the confirm buttons): a task,
/// or a unit's report when <see cref="ReportUnit"/> is set.
/// </summary>
public sealed record StopSlot(string PlanCode, string ItemRef, string Name, string? ReportUnit = null);
