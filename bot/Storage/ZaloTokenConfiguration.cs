using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Channels.Zalo;

namespace ReformBot.Storage;

internal sealed class ZaloTokenConfiguration : IEntityTypeConfiguration<ZaloToken>
{
    public void Configure(EntityTypeBuilder<ZaloToken> builder)
    {
        builder.ToTable("zalo_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.AccessToken).HasMaxLength(2000);
        builder.Property(t => t.RefreshToken).HasMaxLength(2000);
        builder.Property(t => t.LastError).HasMaxLength(500);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}
