using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Plans;

namespace ReformBot.Storage;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("units");
        builder.HasKey(u => u.Id);
        builder.HasOne<Plan>().WithMany().HasForeignKey(u => u.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => new { u.PlanId, u.Code }).IsUnique();
        builder.Property(u => u.Code).HasMaxLength(100);
        builder.Property(u => u.Parent).HasMaxLength(100);
    }
}
