using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReformBot.Storage;

internal sealed class StoredConversationReferenceConfiguration : IEntityTypeConfiguration<StoredConversationReference>
{
    public void Configure(EntityTypeBuilder<StoredConversationReference> builder)
    {
        builder.ToTable("conversation_references");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.ChannelId, r.AccountId }).IsUnique();
        builder.HasIndex(r => r.AadObjectId);
        builder.Property(r => r.ChannelId).HasMaxLength(50);
        builder.Property(r => r.AccountId).HasMaxLength(200);
        builder.Property(r => r.AccountName).HasMaxLength(200);
        builder.Property(r => r.AadObjectId).HasMaxLength(100);
        builder.Property(r => r.ServiceUrl).HasMaxLength(500);
        builder.Property(r => r.ConversationId).HasMaxLength(500);
        builder.Property(r => r.ConversationType).HasMaxLength(50);
        builder.Property(r => r.TenantId).HasMaxLength(100);
        builder.Property(r => r.BotId).HasMaxLength(200);
        builder.Property(r => r.BotName).HasMaxLength(200);
        builder.Property(r => r.Locale).HasMaxLength(20);
        builder.Property(r => r.LastActivityId).HasMaxLength(200);
    }
}
