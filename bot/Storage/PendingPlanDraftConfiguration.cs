using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.PlanChat;

namespace ReformBot.Storage;

internal sealed class PendingPlanDraftConfiguration : IEntityTypeConfiguration<PendingPlanDraft>
{
    public void Configure(EntityTypeBuilder<PendingPlanDraft> builder)
    {
        builder.ToTable("pending_plan_drafts");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.ExpiresAt);
        builder.Property(d => d.Id).HasMaxLength(32);
        builder.Property(d => d.OfficerId).HasMaxLength(100);
        builder.Property(d => d.Channel).HasMaxLength(20);
        builder.Property(d => d.PlanCode).HasMaxLength(100);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.PlanJson);
        builder.Property(d => d.Warnings);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
    }
}
