namespace ReformBot.Calendar;

/// <summary>A day not worked and why, in Vietnamese as people say it ("Tết Nguyên đán", "Nghỉ bù Quốc khánh").</summary>
public sealed record DayOff(DateOnly Date, string Name);
