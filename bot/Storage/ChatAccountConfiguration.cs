using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Plans;

namespace ReformBot.Storage;

internal sealed class ChatAccountConfiguration : IEntityTypeConfiguration<ChatAccount>
{
    public void Configure(EntityTypeBuilder<ChatAccount> builder)
    {
        builder.ToTable("chat_accounts");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.Channel, a.AccountId }).IsUnique();
        builder.HasIndex(a => a.OfficerId);
        builder.HasIndex(a => a.AadObjectId);
        builder.Property(a => a.Channel).HasMaxLength(20);
        builder.Property(a => a.AccountId).HasMaxLength(200);
        builder.Property(a => a.OfficerId).HasMaxLength(100);
        builder.Property(a => a.AadObjectId).HasMaxLength(100);
        builder.Property(a => a.Source).HasMaxLength(250);
    }
}
