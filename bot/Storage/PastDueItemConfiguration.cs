using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Plans;
using ReformBot.Reminders;

namespace ReformBot.Storage;

internal sealed class PastDueItemConfiguration : IEntityTypeConfiguration<PastDueItem>
{
    public void Configure(EntityTypeBuilder<PastDueItem> builder)
    {
        builder.ToTable("past_due_items");
        builder.HasKey(i => i.Id);
        builder.HasOne<Plan>().WithMany().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);

        // One row per item and due date: a re-import never records an item twice, nor again after it is chased.
        builder.HasIndex(i => new { i.PlanId, i.Subject, i.ItemRef, i.UnitCode, i.DueDate }).IsUnique();
        builder.Property(i => i.Subject).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ItemRef).HasMaxLength(100);
        builder.Property(i => i.UnitCode).HasMaxLength(100);
        builder.Property(i => i.ChasedBy).HasMaxLength(100);
        builder.Ignore(i => i.IsLeftAlone);
    }
}
