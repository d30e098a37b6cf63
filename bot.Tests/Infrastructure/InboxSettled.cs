using Microsoft.EntityFrameworkCore;
using ReformBot.Inbox;

namespace ReformBot.Tests.Infrastructure;

/// <summary>
/// The signal that the service has finished with everything it accepted: every stored inbox item is done or dead.
/// A request the door refused stored nothing, and a 200 means the item was stored before the answer, so after this
/// wait, a test may assert that nothing (more) was handled or sent without sleeping for it.
/// </summary>
public static class InboxSettled
{
    public static Task<IReadOnlyList<InboxItem>> WaitAsync(ReformBotFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return WaitAsync(factory.Database);
    }

    public static async Task<IReadOnlyList<InboxItem>> WaitAsync(TestDatabase database, int seconds = 60)
    {
        ArgumentNullException.ThrowIfNull(database);
        IReadOnlyList<InboxItem> items = [];
        await Eventually.WaitAsync(
            async () =>
            {
                await using var db = database.CreateContext();
                items = await db.InboxItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
                return items.All(i => i.State is InboxState.Done or InboxState.Dead);
            },
            "every inbox item handled",
            seconds);
        return items;
    }
}
