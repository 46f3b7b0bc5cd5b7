using CoDesign.Domain.Ideas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Ideas;

internal sealed class IdeaResponseRevisionConfiguration : IEntityTypeConfiguration<IdeaResponseRevision>
{
    public void Configure(EntityTypeBuilder<IdeaResponseRevision> builder)
    {
        builder.ToTable("IdeaResponseRevisions");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.TextFi).HasMaxLength(IdeaResponse.MaxTextLength);
        builder.Property(r => r.TextSv).HasMaxLength(IdeaResponse.MaxTextLength);
        builder.Property(r => r.TextEn).HasMaxLength(IdeaResponse.MaxTextLength);
        builder.HasIndex(r => new { r.TenantId, r.ResponseId });
        builder.HasIndex(r => r.ResponseId);
        builder.HasOne<IdeaResponse>().WithMany().HasForeignKey(r => r.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}
