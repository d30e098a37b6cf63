using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Plans;

namespace ReformBot.Storage;

internal sealed class PlanRevisionConfiguration : IEntityTypeConfiguration<PlanRevision>
{
    public void Configure(EntityTypeBuilder<PlanRevision> builder)
    {
        builder.ToTable("plan_revisions");
        builder.HasKey(r => r.Id);
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.PlanId, r.Number }).IsUnique();
        builder.Property(r => r.Source).HasMaxLength(20);
    }
}
