using CoDesign.Domain.Ideas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Ideas;

internal sealed class ContentReportConfiguration : IEntityTypeConfiguration<ContentReport>
{
    public void Configure(EntityTypeBuilder<ContentReport> builder)
    {
        builder.ToTable("ContentReports");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Target).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Reason).HasMaxLength(ContentReport.MaxReasonLength).IsRequired();
        builder.Property(r => r.Resolution).HasMaxLength(20);

        // One report per person and thing reported: a second one is refused by the database.
        builder.HasIndex(r => new { r.TenantId, r.Target, r.TargetId, r.ReporterId }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.ResolvedAt });
        builder.HasIndex(r => r.IdeaId);
        builder.HasOne<Idea>().WithMany().HasForeignKey(r => r.IdeaId).OnDelete(DeleteBehavior.Cascade);
    }
}
