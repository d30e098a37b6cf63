using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Reminders;

namespace ReformBot.Storage;

internal sealed class ReminderWatermarkConfiguration : IEntityTypeConfiguration<ReminderWatermark>
{
    public void Configure(EntityTypeBuilder<ReminderWatermark> builder)
    {
        builder.ToTable("reminder_watermark");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
    }
}
