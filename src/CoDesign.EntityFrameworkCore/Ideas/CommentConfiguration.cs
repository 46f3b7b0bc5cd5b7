using CoDesign.Domain.Ideas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Ideas;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.ToTable("Comments");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Body).HasMaxLength(Comment.MaxBodyLength).IsRequired();
        builder.Property(c => c.HiddenReason).HasMaxLength(Idea.MaxHiddenReasonLength);
        builder.HasIndex(c => new { c.TenantId, c.IdeaId, c.CreatedAt });
        builder.HasIndex(c => c.IdeaId);

        // An idea's threads (top-level comments), counted and paged from the index alone.
        builder.HasIndex(c => new { c.TenantId, c.IdeaId, c.CreatedAt, c.Id }, "IX_Comments_Threads").HasFilter("\"ParentId\" IS NULL");
        builder.HasIndex(c => c.ParentId);
        builder.HasOne<Idea>().WithMany().HasForeignKey(c => c.IdeaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
