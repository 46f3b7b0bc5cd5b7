using CoDesign.Domain.Ideas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Ideas;

internal sealed class IdeaResponseConfiguration : IEntityTypeConfiguration<IdeaResponse>
{
    public void Configure(EntityTypeBuilder<IdeaResponse> builder)
    {
        builder.ToTable("IdeaResponses");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.TextFi).HasMaxLength(IdeaResponse.MaxTextLength);
        builder.Property(r => r.TextSv).HasMaxLength(IdeaResponse.MaxTextLength);
        builder.Property(r => r.TextEn).HasMaxLength(IdeaResponse.MaxTextLength);
        builder.HasIndex(r => new { r.TenantId, r.IdeaId, r.CreatedAt });
        builder.HasIndex(r => r.IdeaId);
        builder.HasOne<Idea>().WithMany().HasForeignKey(r => r.IdeaId).OnDelete(DeleteBehavior.Cascade);
    }
}
