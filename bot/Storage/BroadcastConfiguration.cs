using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Broadcasts;

namespace ReformBot.Storage;

internal sealed class BroadcastConfiguration : IEntityTypeConfiguration<Broadcast>
{
    public void Configure(EntityTypeBuilder<Broadcast> builder)
    {
        builder.ToTable("broadcasts");
        builder.HasKey(b => b.Id);
        builder.HasIndex(b => b.ReportedAt);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.PlanCode).HasMaxLength(500);
        builder.Property(b => b.SenderOfficerId).HasMaxLength(100);
        builder.Property(b => b.Summary).HasMaxLength(4000);
        builder.HasMany(b => b.Messages).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
