#pragma warning disable
namespace ReformBot.Plans
{
    public sealed record PlanFileError(string Path, string Message);
    public sealed record PlanFileReadResult(PlanFile? Plan, IReadOnlyList<PlanFileError> Errors, IReadOnlyList<PlanFileError> Warnings) { public bool IsValid => Errors.Count == 0; }
    public static class PlanFileReader { public static PlanFileReadResult Read(ReadOnlyMemory<byte> b) => throw new InvalidOperationException(); }
    public static class PlanFileWriter { public static byte[] Write(PlanFile f) => throw new InvalidOperationException(); public static string WriteString(PlanFile f) => ""; }
    public sealed record FieldChange(string Field, string? Old, string? New, IReadOnlyList<string>? Added, IReadOnlyList<string>? Removed);
    public sealed record EntityChange(string Key, IReadOnlyList<FieldChange> Changes);
    public sealed record EntityChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<EntityChange> Changed);
    public sealed record PlanDiff(IReadOnlyList<FieldChange> Plan, EntityChanges Units, EntityChanges Officers, EntityChanges Tasks, EntityChanges Reports) { public bool IsEmpty => true; }
    public static class PlanDiffer { public static PlanDiff Compare(PlanFile a, PlanFile b) => throw new InvalidOperationException(); }
    public static class PlanFileQueries { public static IReadOnlyList<string> EffectiveAssignees(PlanFile f, TaskEntry t) => []; }
}
