using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Broadcasts;

namespace ReformBot.Storage;

internal sealed class BroadcastRecipientConfiguration : IEntityTypeConfiguration<BroadcastRecipient>
{
    public void Configure(EntityTypeBuilder<BroadcastRecipient> builder)
    {
        builder.ToTable("broadcast_recipients");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.BroadcastId, r.OfficerId }).IsUnique();
        builder.HasIndex(r => r.State);
        builder.Property(r => r.OfficerId).HasMaxLength(100);
        builder.Property(r => r.OfficerName).HasMaxLength(300);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Channel).HasMaxLength(20);
        builder.Property(r => r.Detail).HasMaxLength(2000);
        builder.Ignore(r => r.IsSettled);
    }
}
