using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Audit;

namespace ReformBot.Storage;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.At);
        builder.Property(e => e.Actor).HasMaxLength(100);
        builder.Property(e => e.Channel).HasMaxLength(20);
        builder.Property(e => e.Action).HasMaxLength(50);
        builder.Property(e => e.Subject).HasMaxLength(200);
        builder.Property(e => e.Details).HasMaxLength(4000);
    }
}
