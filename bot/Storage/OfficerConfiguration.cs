using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Plans;

namespace ReformBot.Storage;

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> builder)
    {
        builder.ToTable("officers");
        builder.HasKey(o => o.Id);
        builder.HasOne<Plan>().WithMany().HasForeignKey(o => o.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.PlanId, o.OfficerId }).IsUnique();
        builder.HasIndex(o => o.OfficerId);
        builder.Property(o => o.OfficerId).HasMaxLength(100);
        builder.Property(o => o.Unit).HasMaxLength(100);
        builder.Property(o => o.Email).HasMaxLength(320);
        builder.Property(o => o.Phone).HasMaxLength(20);
        builder.HasIndex(o => o.Phone);
        builder.HasIndex(o => o.Email);
        builder.Property(o => o.Roles).HasJsonConversion();
        builder.Property(o => o.Accounts).HasJsonConversion();
    }
}
