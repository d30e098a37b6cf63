using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Reminders;

namespace ReformBot.Storage;

internal sealed class StoredSnoozeConfiguration : IEntityTypeConfiguration<StoredSnooze>
{
    public void Configure(EntityTypeBuilder<StoredSnooze> builder)
    {
        builder.ToTable("snoozes");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.Until);
        builder.Property(s => s.OfficerId).HasMaxLength(100);
        builder.Property(s => s.PlanCode).HasMaxLength(100);
        builder.Property(s => s.ItemRef).HasMaxLength(100);
        builder.Property(s => s.UnitCode).HasMaxLength(100);
        builder.Property(s => s.Subject).HasConversion<string>().HasMaxLength(20);
    }
}
