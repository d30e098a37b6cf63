using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Reminders;

namespace ReformBot.Storage;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("reminders");
        builder.HasKey(r => r.Id);

        // The exactly-once guarantee: a second writer of the same reminder fails here and its whole round rolls back.
        builder.HasIndex(r => r.DedupeKey).IsUnique();
        builder.HasIndex(r => r.DueAt);
        builder.HasIndex(r => new { r.OfficerId, r.DueAt });
        builder.Property(r => r.DedupeKey).HasMaxLength(600);
        builder.Property(r => r.OfficerId).HasMaxLength(100);
        builder.Property(r => r.PlanCode).HasMaxLength(100);
        builder.Property(r => r.ItemRef).HasMaxLength(100);
        builder.Property(r => r.UnitCode).HasMaxLength(100);
        builder.Property(r => r.Subject).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(r => r.Message).WithMany().HasForeignKey(r => r.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
