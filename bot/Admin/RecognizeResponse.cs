using System.Globalization;
using System.Xml;
using ReformBot.Conversation.Recognition;
using ReformBot.Plans;

namespace ReformBot.Admin;

/// <summary>What the recognizer made of a message, with wire names: intent as in the test corpus, index as in plan files.</summary>
internal sealed record RecognizeResponse(string Intent, double Confidence, RecognizeSlots Slots)
{
    public static RecognizeResponse From(RecognizedIntent recognized)
    {
        var s = recognized.Slots;
        return new RecognizeResponse(
            recognized.Intent.ToWireName(),
            recognized.Confidence,
            new RecognizeSlots(
                s.TaskRef,
                s.Percent,
                s.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                s.Duration is { } d ? XmlConvert.ToString(d) : null,
                s.Reason,
                s.Unit,
                s.Index is { } i ? PlanFileWireNames.Of(PlanFileWireNames.Indices, i) : null,
                s.Report is { } r ? new RecognizeReport(JsonNamingPolicyCamel(r.Kind.ToString()), r.Period) : null,
                s.Officer,
                s.Audience is { } a ? new RecognizeAudience(JsonNamingPolicyCamel(a.Kind.ToString()), a.Unit, a.TaskRefs) : null,
                s.Urgent,
                s.Text,
                s.Code,
                s.Url));
    }

    private static string JsonNamingPolicyCamel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
