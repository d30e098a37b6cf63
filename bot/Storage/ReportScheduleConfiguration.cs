using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Plans;

namespace ReformBot.Storage;

internal sealed class ReportScheduleConfiguration : IEntityTypeConfiguration<ReportSchedule>
{
    public void Configure(EntityTypeBuilder<ReportSchedule> builder)
    {
        builder.ToTable("report_schedules");
        builder.HasKey(r => r.Id);
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.PlanId, r.Code }).IsUnique();
        builder.Property(r => r.Code).HasMaxLength(100);
        builder.Property(r => r.Recipient).HasMaxLength(100);
        builder.Property(r => r.Cadence).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Window).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.DueMonths).HasNullableJsonConversion();
        builder.Property(r => r.Submitters).HasJsonConversion();
    }
}
