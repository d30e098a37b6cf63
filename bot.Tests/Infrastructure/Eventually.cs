namespace ReformBot.Tests.Infrastructure;

/// <summary>Waits for a condition the service reaches in the background (a row handled, a state stored); fails after a generous limit.</summary>
public static class Eventually
{
    public static async Task WaitAsync(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        ArgumentNullException.ThrowIfNull(condition);
        for (var i = 0; i < seconds * 20; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("Timed out waiting for " + what);
    }
}
