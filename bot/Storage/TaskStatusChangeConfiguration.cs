using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Plans;

namespace ReformBot.Storage;

internal sealed class TaskStatusChangeConfiguration : IEntityTypeConfiguration<TaskStatusChange>
{
    public void Configure(EntityTypeBuilder<TaskStatusChange> builder)
    {
        builder.ToTable("task_status_changes");
        builder.HasKey(c => c.Id);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.TaskId, c.At });
        builder.Property(c => c.OfficerId).HasMaxLength(100);
        builder.Property(c => c.Channel).HasMaxLength(20);
        builder.Property(c => c.OldState).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.NewState).HasConversion<string>().HasMaxLength(20);
    }
}
