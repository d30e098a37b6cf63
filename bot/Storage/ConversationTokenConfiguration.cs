using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Conversation.Confirmation;

namespace ReformBot.Storage;

internal sealed class ConversationTokenConfiguration : IEntityTypeConfiguration<ConversationToken>
{
    public void Configure(EntityTypeBuilder<ConversationToken> builder)
    {
        builder.ToTable("conversation_tokens");
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => t.Token).IsUnique();
        builder.HasIndex(t => t.ExpiresAt);
        builder.Property(t => t.Token).HasMaxLength(64);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.OfficerId).HasMaxLength(100);
        builder.Property(t => t.Channel).HasMaxLength(20);
        builder.Property(t => t.Payload).HasMaxLength(8000);
    }
}
