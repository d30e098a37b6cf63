using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Plans;

namespace ReformBot.Storage;

internal sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> builder)
    {
        builder.ToTable("report_submissions");
        builder.HasKey(s => s.Id);
        builder.HasOne<ReportPeriod>().WithMany().HasForeignKey(s => s.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.PeriodId, s.UnitCode }).IsUnique();
        builder.Property(s => s.UnitCode).HasMaxLength(100);
        builder.Property(s => s.SubmittedBy).HasMaxLength(100);
        builder.Property(s => s.Channel).HasMaxLength(20);

        // One submission per unit and period: the UPDATE says WHERE SubmittedAt IS NULL, so a second filer loses and reads again.
        builder.Property(s => s.SubmittedAt).IsConcurrencyToken();
    }
}
