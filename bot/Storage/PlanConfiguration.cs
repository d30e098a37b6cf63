using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Plans;

namespace ReformBot.Storage;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("plans");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Code).HasMaxLength(200);
        builder.Property(p => p.Issuer).HasMaxLength(100);
        builder.Property(p => p.Coordinator).HasMaxLength(100);
        builder.Property(p => p.Indices).HasJsonConversion();
        builder.Property(p => p.Targets).HasJsonConversion();
    }
}
