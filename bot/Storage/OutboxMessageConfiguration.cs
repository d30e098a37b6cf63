using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Delivery;

namespace ReformBot.Storage;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => m.DedupeKey).IsUnique();
        builder.HasIndex(m => new { m.State, m.NotBefore });
        builder.HasIndex(m => new { m.GroupId, m.OfficerId }).IsUnique();
        builder.Property(m => m.OfficerId).HasMaxLength(100);
        builder.Property(m => m.Kind).HasMaxLength(40);
        builder.Property(m => m.RecipientName).HasMaxLength(300);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Text).HasMaxLength(4000);
        builder.Property(m => m.DedupeKey).HasMaxLength(600);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.Channel).HasMaxLength(20);
        builder.Ignore(m => m.IsSettled);
    }
}
