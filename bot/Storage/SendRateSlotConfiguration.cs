using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Delivery;

namespace ReformBot.Storage;

internal sealed class SendRateSlotConfiguration : IEntityTypeConfiguration<SendRateSlot>
{
    /// <summary>The table's and columns' names are used as they are in <see cref="TenantTurns"/>' SQL.</summary>
    public void Configure(EntityTypeBuilder<SendRateSlot> builder)
    {
        builder.ToTable("send_rate_slots");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(40);
    }
}
