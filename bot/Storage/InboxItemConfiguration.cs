using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Inbox;

namespace ReformBot.Storage;

internal sealed class InboxItemConfiguration : IEntityTypeConfiguration<InboxItem>
{
    public void Configure(EntityTypeBuilder<InboxItem> builder)
    {
        builder.ToTable("inbox_items");
        builder.HasKey(i => i.Id);

        // A retried event (same channel, same id) is stored once: the insert fails on this index and is answered 200.
        builder.HasIndex(i => new { i.Channel, i.Key }).IsUnique();
        builder.HasIndex(i => new { i.State, i.NextAttemptAt });
        builder.HasIndex(i => new { i.ConversationKey, i.State });
        builder.Property(i => i.Channel).HasMaxLength(40);
        builder.Property(i => i.Key).HasMaxLength(600);
        builder.Property(i => i.ConversationKey).HasMaxLength(600);
        builder.Property(i => i.Payload).IsRequired();
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.LastError).HasMaxLength(2000);
    }
}
