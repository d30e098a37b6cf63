using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.PlanDrafts;

namespace ReformBot.Storage;

internal sealed class UnitDirectoryImportConfiguration : IEntityTypeConfiguration<UnitDirectoryImport>
{
    public void Configure(EntityTypeBuilder<UnitDirectoryImport> builder)
    {
        builder.ToTable("unit_directory_imports");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.ImportedAt);
        builder.Property(d => d.Source).HasMaxLength(20);
        builder.Property(d => d.Content);
    }
}
