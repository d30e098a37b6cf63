using System.Diagnostics;

namespace ReformBot.Plans;

/// <summary>
/// Reads and validates a plan file (format <c>reformbot.plan/v1</c>). Validation is all-or-nothing and complete:
/// every problem in the file is reported at once, so a coordinator fixes the file in one pass.
/// </summary>
/// <remarks>
/// The file is read as it comes, one entry at a time (<see cref="PlanFileStream"/>): what stays in memory is the plan's
/// entries, never the file's text or a document of the whole file, so a province's plan of tens of thousands of tasks
/// costs what its entries cost.
/// </remarks>
public static class PlanFileReader
{
    public static PlanFileReadResult Read(ReadOnlyMemory<byte> utf8Json)
    {
        // Bytes in memory are one final block: nothing is awaited, the task has completed when it is returned.
        var reading = new PlanFileStream(utf8Json).ReadAsync(CancellationToken.None);
        Debug.Assert(reading.IsCompleted, "Reading bytes in memory never waits.");
        return reading.AsTask().GetAwaiter().GetResult()!;
    }

    /// <summary>Reads the file from <paramref name="utf8Json"/> as it arrives; null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<PlanFileReadResult?> ReadAsync(Stream utf8Json, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return await new PlanFileStream(utf8Json, maxBytes).ReadAsync(cancellationToken);
    }
}
