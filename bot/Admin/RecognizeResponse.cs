using System.Globalization;
using System.Xml;
using ReformBot.Conversation.Recognition;
using ReformBot.Plans;

namespace ReformBot.Admin;

/// <summary>
/// What the recognizer made of a message, with wire names: intent as in the test corpus, index as in plan files;
/// <see cref="Decision"/> is what the bot would do with it: "act", "ask" (a change it is not sure of) or "answer".
/// </summary>
internal sealed record RecognizeResponse(string Intent, double Confidence, RecognizeRunnerUp? RunnerUp, string Decision, RecognizeSlots Slots)
{
    public static RecognizeResponse From(RecognizedIntent recognized, double confirmBelow)
    {
        var s = recognized.Slots;
        return new RecognizeResponse(
            recognized.Intent.ToWireName(),
            recognized.Confidence,
            recognized.RunnerUp is { } second ? new RecognizeRunnerUp(second.Intent.ToWireName(), second.Probability) : null,
            IntentDecisions.Decide(recognized, confirmBelow).ToWireName(),
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
