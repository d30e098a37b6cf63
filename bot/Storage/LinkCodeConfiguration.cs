using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Accounts;

namespace ReformBot.Storage;

internal sealed class LinkCodeConfiguration : IEntityTypeConfiguration<LinkCode>
{
    public void Configure(EntityTypeBuilder<LinkCode> builder)
    {
        builder.ToTable("link_codes");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.CodeHash);
        builder.HasIndex(c => c.OfficerId);
        builder.Property(c => c.OfficerId).HasMaxLength(100);
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.Property(c => c.CreatedBy).HasMaxLength(100);
        builder.Property(c => c.UsedByChannel).HasMaxLength(20);
        builder.Property(c => c.UsedByAccountId).HasMaxLength(200);
        builder.Ignore(c => c.IsUsed);
    }
}
