namespace ReformBot.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void ScoreAtStakeIsMaxMinusCurrent() => Assert.Equal(0.1m, new ReformBot.Plans.Score(0.4m, 0.5m).AtStake);
}
