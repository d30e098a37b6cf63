using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Delivery;

namespace ReformBot.Storage;

internal sealed class DeliveryAttemptConfiguration : IEntityTypeConfiguration<DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<DeliveryAttempt> builder)
    {
        builder.ToTable("delivery_attempts");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.OutboxMessageId, a.Status });
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Channel).HasMaxLength(20);
        builder.Property(a => a.Detail).HasMaxLength(2000);
        builder.Property(a => a.ConversationChannel).HasMaxLength(40);
        builder.Property(a => a.ConversationId).HasMaxLength(500);
    }
}
