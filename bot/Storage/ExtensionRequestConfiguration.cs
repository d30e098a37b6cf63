using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Plans;

namespace ReformBot.Storage;

internal sealed class ExtensionRequestConfiguration : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> builder)
    {
        builder.ToTable("extension_requests");
        builder.HasKey(r => r.Id);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.TaskId, r.State });
        builder.Property(r => r.OfficerId).HasMaxLength(100);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        // Approved or rejected once: the UPDATE says WHERE State = 'Pending', so a second decision loses and is told who won.
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(r => r.DecidedBy).HasMaxLength(100);
        builder.Property(r => r.DecisionNote).HasMaxLength(1000);
        builder.Ignore(r => r.IsPending);
    }
}
