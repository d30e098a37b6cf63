using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReformBot.Plans;
using T = ReformBot.Progress.ReportDraftTexts;

namespace ReformBot.Progress;

/// <summary>
/// The first draft of a periodic CCHC report (.docx), built in memory: heading block, I. results (overall, by field,
/// by index, submissions, the chart), II. shortcomings from the obstacles officers reported, grouped by unit,
/// III. tasks due in the next period, IV. pending extension requests, and an appendix table of the tasks.
/// </summary>
internal static class ReportDraft
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(ReportDraftData data, byte[] chart)
    {
        ArgumentNullException.ThrowIfNull(data);
        var s = data.Snapshot;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            WordWriter.Setup(document);
            var w = new WordWriter(document.MainDocumentPart!);
            w.Table([], [3600, 5900], [[T.Superior + "\n" + (s.ScopeName ?? "[…]").ToUpper(ProgressTexts.Vi) + "\n" + T.Number, T.Nation + "\n" + T.Motto + "\n" + T.PlaceAndDate]], 24, borders: false);
            w.Centered(T.Kind, bold: true);
            w.Centered(T.Subtitle(data.ReportTitle, data.Period), bold: true);
            w.Centered(T.Window(data.WindowStart, data.WindowEnd), italic: true);
            w.Text(T.Intro(s.Plan, data.IssuerName, s.ScopeName));

            w.Heading1(T.Results);
            w.Heading2(T.OverallHeading);
            w.Text(T.Overall(s, data.DoneInWindow));
            w.Image(chart, ProgressChart.Width, ProgressChart.Height(s.Units.Count), ProgressTexts.ChartTitle);
            w.Text(T.Assessment);

            w.Heading2(T.ByField);
            foreach (var g in s.Tasks.GroupBy(t => t.Field ?? "Khác"))
            {
                w.Bullet(T.Field(g.Key, g.Count(t => t.State == TaskState.Done), g.Count(), g.Count(t => t.IsOverdue)));
            }

            w.Heading2(T.ByIndex);
            foreach (var g in s.Tasks.GroupBy(t => t.Index).OrderBy(g => g.Key))
            {
                w.Bullet(T.Index(g.Key, g.Count(t => t.State == TaskState.Done), g.Count(), g.Where(t => t.State != TaskState.Done).Sum(t => t.Score?.AtStake ?? 0)));
            }

            w.Heading2(T.Submissions);
            var owed = s.Submissions.Where(r => r.DueDate == data.DueDate && r.Period == data.Period).ToList();
            w.Text(T.SubmissionLine(owed.Count(r => r.SubmittedAt is not null), owed.Count, [.. owed.Where(r => r.SubmittedAt is null).Select(r => r.UnitName)]));

            Shortcomings(w, s);
            Next(w, s, data);
            w.Heading1(T.Proposals);
            foreach (var e in s.Extensions.Where(e => e.State == ExtensionState.Pending))
            {
                w.Bullet(T.Pending(e));
            }

            if (!s.Extensions.Any(e => e.State == ExtensionState.Pending))
            {
                w.Text(T.NoPending);
            }

            w.Text(T.MoreProposals);
            w.Text(T.Closing);
            w.Table([], [4700, 4800], [[T.Recipients, T.Signer]], 24, borders: false);

            w.PageBreak();
            w.Centered(T.Appendix, bold: true);
            w.Centered(T.Subtitle(data.ReportTitle, data.Period), italic: true, size: 26);
            var n = 0;
            w.Table(T.AppendixHeaders, [600, 3500, 1600, 1300, 1200, 800, 1400], s.Tasks.Select(t => (IReadOnlyList<string>)
            [
                (++n).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n(" + t.Ref + ")", t.Title, t.Lead, t.DeadlineText,
                ProgressTexts.Status(t.Status), T.Percent(t.Progress), T.Note(t),
            ]));
            w.Finish();
            document.MainDocumentPart!.Document.Save();
        }

        return stream.ToArray();
    }

    private static void Shortcomings(WordWriter w, ProgressSnapshot s)
    {
        w.Heading1(T.Shortcomings);
        var units = s.Units.ToDictionary(u => u.Code, u => u.Name);
        var obstacles = s.Tasks.Where(t => t.Obstacle is not null)
            .GroupBy(t => t.LeadCodes.Select(c => units.GetValueOrDefault(c)).FirstOrDefault(n => n is not null) ?? t.Lead)
            .ToList();
        foreach (var group in obstacles)
        {
            w.Text(group.Key + ":");
            foreach (var t in group)
            {
                w.Bullet(T.Obstacle(t.Ref, t.Title, t.Obstacle!));
            }
        }

        var overdue = s.Tasks.Where(t => t.IsOverdue).ToList();
        if (overdue.Count > 0)
        {
            w.Bullet(T.OverdueLine(overdue.Count, overdue.Select(t => t.Ref)));
        }

        if (obstacles.Count == 0 && overdue.Count == 0)
        {
            w.Text(T.NoObstacles);
        }

        w.Text(T.Causes);
    }

    private static void Next(WordWriter w, ProgressSnapshot s, ReportDraftData data)
    {
        w.Heading1(T.NextTasks);
        var overdue = s.CountOf(ProgressStatus.Overdue);
        if (overdue > 0)
        {
            w.Bullet(T.OverdueFirst(overdue));
        }

        if (data.NextTasks.Count == 0)
        {
            w.Text(T.NoNextTasks);
        }
        else
        {
            w.Text(T.NextIntro(data.NextPeriod));
            foreach (var t in data.NextTasks)
            {
                w.Bullet(T.NextTask(t));
            }
        }

        w.Text(T.MoreTasks);
    }
}
