using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReformBot.Conversation;
using ReformBot.Plans;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Conversation;

public sealed class OfficerDirectoryTests
{
    private static void GiveTeamsAccount(JsonObject plan) =>
        plan["officers"]![0]!["accounts"] = new JsonArray(new JsonObject { ["channel"] = "msteams", ["id"] = "29:tp-pnv", ["aadObjectId"] = "aad-tp-pnv" });

    [Fact]
    public async Task LinkedAccountIsTheOfficerWithEveryPlanAndRole()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TestPlans.LoadAsync(database, "lapvo-104-2024.json", GiveTeamsAccount);
        await using var db = database.CreateContext();

        var sender = await new OfficerDirectory(db, TimeProvider.System).FindAsync("msteams", "29:tp-pnv", null, CancellationToken.None);

        Assert.NotNull(sender);
        Assert.Equal(("lv.pnv.tp", "Trưởng phòng Nội vụ"), (sender.OfficerId, sender.Name));
        var membership = Assert.Single(sender.Memberships);
        Assert.Equal(("104/KH-UBND", "LV-PNV"), (membership.PlanCode, membership.Unit));
        Assert.True(sender.Has(OfficerRole.Coordinator));
        Assert.True(sender.Has(OfficerRole.UnitHead));
        Assert.False(sender.Has(OfficerRole.Officer));
    }

    [Fact]
    public async Task UnknownAccountIsNobody()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TestPlans.LoadAsync(database, "lapvo-104-2024.json", GiveTeamsAccount);
        await using var db = database.CreateContext();

        Assert.Null(await new OfficerDirectory(db, TimeProvider.System).FindAsync("msteams", "29:stranger", "aad-stranger", CancellationToken.None));
        Assert.Null(await new OfficerDirectory(db, TimeProvider.System).FindAsync("zalo", "29:tp-pnv", null, CancellationToken.None));
    }

    [Fact]
    public async Task TeamsAccountWithAKnownEntraIdIsLinkedOnFirstContact()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TestPlans.LoadAsync(database, "lapvo-104-2024.json", GiveTeamsAccount);
        await using (var db = database.CreateContext())
        {
            var sender = await new OfficerDirectory(db, TimeProvider.System).FindAsync("msteams", "29:other-tenant-id", "aad-tp-pnv", CancellationToken.None);
            Assert.Equal("lv.pnv.tp", sender?.OfficerId);
        }

        await using var check = database.CreateContext();
        var linked = await check.ChatAccounts.SingleAsync(a => a.AccountId == "29:other-tenant-id");
        Assert.Equal(("lv.pnv.tp", "aad"), (linked.OfficerId, linked.Source));
    }
}
