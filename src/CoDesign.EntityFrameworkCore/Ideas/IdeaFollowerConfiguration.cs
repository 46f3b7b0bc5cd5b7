using CoDesign.Domain.Ideas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Ideas;

internal sealed class IdeaFollowerConfiguration : IEntityTypeConfiguration<IdeaFollower>
{
    public void Configure(EntityTypeBuilder<IdeaFollower> builder)
    {
        builder.ToTable("IdeaFollowers");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.HasIndex(f => new { f.TenantId, f.IdeaId, f.UserId }).IsUnique();
        builder.HasIndex(f => new { f.TenantId, f.UserId });
        builder.HasIndex(f => f.IdeaId);
        builder.HasOne<Idea>().WithMany().HasForeignKey(f => f.IdeaId).OnDelete(DeleteBehavior.Cascade);
    }
}
