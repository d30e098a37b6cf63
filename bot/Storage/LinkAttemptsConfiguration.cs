using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Accounts;

namespace ReformBot.Storage;

internal sealed class LinkAttemptsConfiguration : IEntityTypeConfiguration<LinkAttempts>
{
    public void Configure(EntityTypeBuilder<LinkAttempts> builder)
    {
        builder.ToTable("link_attempts");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.Channel, a.AccountId }).IsUnique();
        builder.Property(a => a.Channel).HasMaxLength(20);
        builder.Property(a => a.AccountId).HasMaxLength(200);
    }
}
