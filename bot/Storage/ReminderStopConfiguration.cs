using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Reminders;

namespace ReformBot.Storage;

internal sealed class ReminderStopConfiguration : IEntityTypeConfiguration<ReminderStop>
{
    public void Configure(EntityTypeBuilder<ReminderStop> builder)
    {
        builder.ToTable("reminder_stops");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.OfficerId, s.PlanCode, s.ItemRef });
        builder.Property(s => s.OfficerId).HasMaxLength(100);
        builder.Property(s => s.PlanCode).HasMaxLength(100);
        builder.Property(s => s.ItemRef).HasMaxLength(100);
        builder.Property(s => s.UnitCode).HasMaxLength(100);
        builder.Property(s => s.StoppedBy).HasMaxLength(100);
        builder.Property(s => s.ResumedBy).HasMaxLength(100);
        builder.Property(s => s.Subject).HasConversion<string>().HasMaxLength(20);
    }
}
