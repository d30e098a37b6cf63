namespace ReformBot.Demo;

/// <summary>Section <c>Demo</c>.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Load the Lấp Vò sample plan when the database has no plan (true in Development).</summary>
    public bool LoadSamplePlan { get; set; }
}
