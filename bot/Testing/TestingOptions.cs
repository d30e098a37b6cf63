namespace ReformBot.Testing;

/// <summary>Section <c>Testing</c>: the test clock for tests and staging. Refused at start-up in Production.</summary>
public sealed class TestingOptions
{
    public const string Section = "Testing";

    /// <summary>Replaces the service's clock with one that <c>POST /api/testing/clock</c> moves forward.</summary>
    public bool Enabled { get; set; }

    /// <summary>Where the test clock starts, e.g. <c>2024-10-01T07:00:00+07:00</c>; the real time when not set.</summary>
    public DateTimeOffset? ClockStart { get; set; }
}
