using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReformBot.Plans;

namespace ReformBot.Storage;

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.ToTable("tasks");
        builder.HasKey(t => t.Id);
        builder.HasOne<Plan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.PlanId, t.Ref }).IsUnique();
        builder.Property(t => t.Ref).HasMaxLength(50);
        builder.Property(t => t.Index).HasConversion<string>().HasMaxLength(20);
        // State and progress are what officers change at the same moment (two assignees, a double tap): as concurrency
        // tokens every UPDATE of a task says WHERE State = @seen AND Progress = @seen, and the loser reads again.
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(t => t.Progress).IsConcurrencyToken();
        builder.Property(t => t.ExtendedTo).IsConcurrencyToken();
        builder.Property(t => t.Lead).HasJsonConversion();
        builder.Property(t => t.Coordinating).HasJsonConversion();
        builder.Property(t => t.AssigneeIds).HasJsonConversion();
        builder.Property(t => t.ExplicitAssignees).HasNullableJsonConversion();
        builder.ComplexProperty(t => t.Score, score =>
        {
            score.Property(s => s.Current).HasPrecision(9, 3);
            score.Property(s => s.Max).HasPrecision(9, 3);
        });
        builder.ComplexProperty(t => t.Deadline, deadline =>
        {
            deadline.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
            deadline.Property(d => d.CheckIn).HasConversion<string>().HasMaxLength(20);
        });
    }
}
