namespace ReformBot.Conversation.Recognition;

/// <summary>
/// Away and back: "em đi công tác đến 10/12", "nghỉ phép tuần này", "tôi nghỉ ốm 3 ngày" (an absence, with the time it
/// lasts), "tôi đã đi làm lại" (back early); and "không cần nhắc việc này nữa", "đừng nhắc nv 2.a nữa" (stop one item's
/// reminders). An absence needs the speaker's own time words and no task in it: "nv 5 tắc do người phụ trách nghỉ ốm"
/// is a blocked task, not an absence.
/// </summary>
internal static class AbsenceRules
{
    private static readonly string[] TripWords = ["di cong tac", "cong tac", "di ct"];
    private static readonly string[] LeaveWords = ["nghi phep", "nghi fep", "xin nghi", "xin phep nghi", "nghi viec rieng"];
    private static readonly string[] SickWords = ["nghi om", "bi om", "om", "nghi benh", "bi benh", "nam vien"];
    private static readonly string[] OtherWords = ["nghi", "vang mat", "di vang", "di hoc", "di tap huan"];

    private static readonly string[] BackWords =
        ["di lam lai", "da di lam", "quay lai lam", "tro lai lam", "da ve co quan", "ve co quan roi", "da quay lai", "het phep", "di lam tro lai", "da khoi om", "het om"];

    /// <summary>Words before the absence that make it someone else's: "người phụ trách nghỉ ốm", "lãnh đạo đi công tác".</summary>
    private static readonly string[] OthersWords = ["nguoi phu trach", "lanh dao", "can bo", "chi ", "anh ", "ai ", "sep", "truong phong", "dong chi"];

    public static RecognizedIntent? Match(FoldedMessage m, IntentSlots common, DateOnly today)
    {
        if (MessageCues.StopsReminders(m))
        {
            return new(IntentKind.StopReminders, IntentSlots.None with { TaskRef = common.TaskRef }, 0.9);
        }

        if (Keywords.HasAffirmed(m, BackWords) && !m.Has("mai di lam") && !m.Has("se di lam"))
        {
            return new(IntentKind.AwayEnd, IntentSlots.None, 0.9);
        }

        if (common.TaskRef is not null || Slot(m, today) is not { } slot || (slot.From is null && slot.Until is null && slot.Duration is null))
        {
            return null;
        }

        return new(IntentKind.Away, IntentSlots.None with { Away = slot }, 0.9);
    }

    /// <summary>The absence the words describe, or null when they name none (or someone else's).</summary>
    public static AwaySlot? Slot(FoldedMessage m, DateOnly today)
    {
        var reason = Keywords.HasAffirmed(m, TripWords) ? Absences.AbsenceReason.BusinessTrip
            : Keywords.HasAffirmed(m, SickWords) ? Absences.AbsenceReason.Sick
            : Keywords.HasAffirmed(m, LeaveWords) ? Absences.AbsenceReason.Leave
            : Keywords.HasAffirmed(m, OtherWords) ? Absences.AbsenceReason.Other
            : (Absences.AbsenceReason?)null;
        if (reason is null)
        {
            return null;
        }

        var first = Keywords.First(m, [.. TripWords, .. LeaveWords, .. SickWords, .. OtherWords])!.Value;
        var before = " " + m.Text[..first.Index];
        if (OthersWords.Any(w => before.Contains(" " + w, StringComparison.Ordinal)))
        {
            return null;
        }

        return Dates(m.Text, today, reason.Value);
    }

    private static AwaySlot Dates(string text, DateOnly today, Absences.AbsenceReason reason)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        TimeSpan? duration = VietnameseDurationParser.TryParse(text, out var d) && d >= TimeSpan.FromDays(1) ? d : null;
        var marker = FirstMarker(text);
        DateOnly? from = null, until = null;
        if (marker >= 0)
        {
            var head = text[..marker];
            var tail = text[marker..];
            until = WeekEnd(tail, monday) ?? VietnameseDateParser.Find(tail, today)?.Date;
            from = Start(head, today, monday);
        }
        else if (Has(text, "tuan nay"))
        {
            (from, until) = (today, monday.AddDays(6));
        }
        else if (Has(text, "tuan sau") || Has(text, "tuan toi"))
        {
            (from, until) = (monday.AddDays(7), monday.AddDays(13));
        }
        else if (VietnameseDateParser.Find(text, today) is { } date && duration is null)
        {
            // One day named and nothing about how long: that day ("mai em nghỉ phép"), or from it when "từ" says so.
            from = date.Date;
            until = Has(text, string.Concat("tu ", text.AsSpan(date.Index, date.Length))) ? null : date.Date;
        }
        else
        {
            from = Start(text, today, monday);
        }

        return new AwaySlot(reason, from, until, until is null ? duration : null);
    }

    private static DateOnly? Start(string text, DateOnly today, DateOnly monday) =>
        Has(text, "tuan sau") || Has(text, "tuan toi") ? monday.AddDays(7) : VietnameseDateParser.Find(text, today)?.Date;

    private static DateOnly? WeekEnd(string tail, DateOnly monday) =>
        Has(tail, "het tuan nay") || Has(tail, "cuoi tuan nay") || Has(tail, "het tuan") ? monday.AddDays(6)
        : Has(tail, "het tuan sau") || Has(tail, "cuoi tuan sau") ? monday.AddDays(13)
        : null;

    /// <summary>Where "đến", "tới", "hết" (the end of the absence) starts, or -1.</summary>
    private static int FirstMarker(string text)
    {
        var best = -1;
        foreach (var marker in new[] { "den ", "toi ngay", "het " })
        {
            var at = (" " + text).IndexOf(" " + marker, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }

        return best;
    }

    private static bool Has(string text, string phrase) => (" " + text + " ").Contains(" " + phrase + " ", StringComparison.Ordinal);
}
