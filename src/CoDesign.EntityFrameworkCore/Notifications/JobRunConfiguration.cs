using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Notifications;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("JobRuns");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Job).HasMaxLength(JobRun.MaxJobLength).IsRequired();
        builder.Property(r => r.Node).HasMaxLength(JobRun.MaxNodeLength).IsRequired();
        builder.Property(r => r.Message).HasMaxLength(JobRun.MaxMessageLength);
        builder.HasIndex(r => new { r.Job, r.StartedAt });
    }
}
