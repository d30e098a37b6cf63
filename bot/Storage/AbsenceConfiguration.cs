using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Absences;

namespace ReformBot.Storage;

internal sealed class AbsenceConfiguration : IEntityTypeConfiguration<Absence>
{
    public void Configure(EntityTypeBuilder<Absence> builder)
    {
        builder.ToTable("absences");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.OfficerId, a.Until });
        builder.Property(a => a.OfficerId).HasMaxLength(100);
        builder.Property(a => a.SetBy).HasMaxLength(100);
        builder.Property(a => a.EndedBy).HasMaxLength(100);
        builder.Property(a => a.Reason).HasConversion<string>().HasMaxLength(20);
    }
}
