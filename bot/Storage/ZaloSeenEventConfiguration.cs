using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Channels.Zalo;

namespace ReformBot.Storage;

internal sealed class ZaloSeenEventConfiguration : IEntityTypeConfiguration<ZaloSeenEvent>
{
    public void Configure(EntityTypeBuilder<ZaloSeenEvent> builder)
    {
        builder.ToTable("zalo_seen_events");
        builder.HasKey(e => e.Key);
        builder.Property(e => e.Key).HasMaxLength(200);
        builder.HasIndex(e => e.SeenAt);
    }
}
