using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReformBot.Plans;

/// <summary>
/// Writes a plan file in one canonical form: fields in schema order, Vietnamese unescaped, optional fields left out when
/// empty. The same plan always gives the same bytes, so stored revisions compare and diff cleanly.
/// </summary>
public static class PlanFileWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(PlanFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, file);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public static string WriteString(PlanFile file) => Encoding.UTF8.GetString(Write(file));

    private static void Write(Utf8JsonWriter w, PlanFile file)
    {
        w.WriteStartObject();
        w.WriteString("format", PlanFile.Format);
        WriteHeader(w, file.Plan);
        WriteArray(w, "units", file.Units, WriteUnit, always: true);
        WriteArray(w, "officers", file.Officers, WriteOfficer);
        WriteArray(w, "tasks", file.Tasks, WriteTask, always: true);
        WriteArray(w, "reports", file.Reports, WriteReport);
        w.WriteEndObject();
    }

    private static void WriteHeader(Utf8JsonWriter w, PlanHeader plan)
    {
        w.WriteStartObject("plan");
        w.WriteString("code", plan.Code);
        w.WriteString("title", plan.Title);
        w.WriteString("issuer", plan.Issuer);
        WriteOptional(w, "issuedOn", plan.IssuedOn);
        w.WriteNumber("year", plan.Year);
        WriteArray(w, "indices", plan.Indices, (w, i) => w.WriteStringValue(PlanFileWireNames.Of(PlanFileWireNames.Indices, i)));
        w.WriteString("coordinator", plan.Coordinator);
        WriteArray(w, "targets", plan.Targets, (w, t) => w.WriteStringValue(t));
        w.WriteEndObject();
    }

    private static void WriteUnit(Utf8JsonWriter w, UnitEntry unit)
    {
        w.WriteStartObject();
        w.WriteString("code", unit.Code);
        w.WriteString("name", unit.Name);
        WriteOptional(w, "parent", unit.Parent);
        w.WriteEndObject();
    }

    private static void WriteOfficer(Utf8JsonWriter w, OfficerEntry officer)
    {
        w.WriteStartObject();
        w.WriteString("id", officer.Id);
        w.WriteString("name", officer.Name);
        w.WriteString("unit", officer.Unit);
        WriteArray(w, "roles", officer.Roles, (w, r) => w.WriteStringValue(PlanFileWireNames.Of(PlanFileWireNames.Roles, r)), always: true);
        WriteOptional(w, "email", officer.Email);
        WriteOptional(w, "phone", officer.Phone);
        WriteArray(w, "accounts", officer.Accounts, (w, a) =>
        {
            w.WriteStartObject();
            w.WriteString("channel", a.Channel);
            w.WriteString("id", a.Id);
            WriteOptional(w, "aadObjectId", a.AadObjectId);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    private static void WriteTask(Utf8JsonWriter w, TaskEntry task)
    {
        w.WriteStartObject();
        w.WriteString("ref", task.Ref);
        w.WriteString("title", task.Title);
        WriteOptional(w, "field", task.Field);
        if (task.Index is { } index)
        {
            w.WriteString("index", PlanFileWireNames.Of(PlanFileWireNames.Indices, index));
        }

        WriteOptional(w, "criterion", task.Criterion);
        if (task.Score is { } score)
        {
            w.WriteStartObject("score");
            w.WriteNumber("current", score.Current);
            w.WriteNumber("max", score.Max);
            w.WriteEndObject();
        }

        WriteOptional(w, "target", task.Target);
        WriteArray(w, "lead", task.Lead, (w, u) => w.WriteStringValue(u), always: true);
        WriteArray(w, "coordinating", task.Coordinating, (w, u) => w.WriteStringValue(u));
        if (task.Assignees is not null)
        {
            // Written even when empty: an empty list and a missing one mean different things.
            WriteArray(w, "assignees", task.Assignees, (w, a) => w.WriteStringValue(a), always: true);
        }

        WriteDeadline(w, task.Deadline);
        WriteOptional(w, "deadlineText", task.DeadlineText);
        if (task.EvidenceRequired)
        {
            w.WriteBoolean("evidenceRequired", true);
        }

        w.WriteEndObject();
    }

    private static void WriteDeadline(Utf8JsonWriter w, Deadline deadline)
    {
        if (deadline is { Kind: DeadlineKind.Date, Date: { } date })
        {
            w.WriteString("deadline", Iso(date));
            return;
        }

        w.WriteStartObject("deadline");
        w.WriteString("kind", PlanFileWireNames.Of(PlanFileWireNames.DeadlineKinds, deadline.Kind));
        WriteOptional(w, "until", deadline.Until);
        if (deadline.Year is { } year)
        {
            w.WriteNumber("year", year);
        }

        if (deadline.CheckIn is { } checkIn)
        {
            w.WriteString("checkIn", PlanFileWireNames.Of(PlanFileWireNames.CheckIns, checkIn));
        }

        w.WriteEndObject();
    }

    private static void WriteReport(Utf8JsonWriter w, ReportEntry report)
    {
        w.WriteStartObject();
        w.WriteString("code", report.Code);
        w.WriteString("title", report.Title);
        w.WriteString("cadence", PlanFileWireNames.Of(PlanFileWireNames.Cadences, report.Cadence));
        w.WriteNumber("dueDay", report.DueDay);
        if (report.DueMonths is not null)
        {
            WriteArray(w, "dueMonths", report.DueMonths, (w, m) => w.WriteNumberValue(m), always: true);
        }

        if (report.DueMonth is { } dueMonth)
        {
            w.WriteNumber("dueMonth", dueMonth);
        }

        w.WriteString("window", PlanFileWireNames.Of(PlanFileWireNames.Windows, report.Window));
        WriteArray(w, "submitters", report.Submitters, (w, u) => w.WriteStringValue(u), always: true);
        w.WriteString("recipient", report.Recipient);
        w.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write, bool always = false)
    {
        if (items.Count == 0 && !always)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(w, item);
        }

        w.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, DateOnly? value)
    {
        if (value is { } date)
        {
            w.WriteString(name, Iso(date));
        }
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
