using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Plans;

namespace ReformBot.Storage;

internal sealed class ReportPeriodConfiguration : IEntityTypeConfiguration<ReportPeriod>
{
    public void Configure(EntityTypeBuilder<ReportPeriod> builder)
    {
        builder.ToTable("report_periods");
        builder.HasKey(p => p.Id);
        builder.HasOne<ReportSchedule>().WithMany().HasForeignKey(p => p.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ScheduleId, p.DueDate }).IsUnique();
        builder.HasIndex(p => p.DueDate);
        builder.Property(p => p.Label).HasMaxLength(100);
    }
}
