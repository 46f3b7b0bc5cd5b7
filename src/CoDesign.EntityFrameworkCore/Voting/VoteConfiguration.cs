using CoDesign.Domain.Ideas;
using CoDesign.Domain.Voting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Voting;

internal sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> builder)
    {
        builder.ToTable("Votes");
        builder.Property(v => v.Id).ValueGeneratedNever();

        // The database, not the code, guarantees one vote per person per idea.
        builder.HasIndex(v => new { v.TenantId, v.IdeaId, v.VoterId }).IsUnique();
        builder.HasIndex(v => new { v.TenantId, v.VoterId });
        builder.HasIndex(v => v.IdeaId);
        builder.HasOne<Idea>().WithMany().HasForeignKey(v => v.IdeaId).OnDelete(DeleteBehavior.Cascade);
    }
}
