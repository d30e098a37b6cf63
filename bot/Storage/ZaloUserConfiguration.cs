using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Channels.Zalo;

namespace ReformBot.Storage;

internal sealed class ZaloUserConfiguration : IEntityTypeConfiguration<ZaloUser>
{
    public void Configure(EntityTypeBuilder<ZaloUser> builder)
    {
        builder.ToTable("zalo_users");
        builder.HasKey(u => u.UserId);
        builder.Property(u => u.UserId).HasMaxLength(100);
    }
}
