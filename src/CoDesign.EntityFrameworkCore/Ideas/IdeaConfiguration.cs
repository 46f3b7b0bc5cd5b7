using CoDesign.Domain.Ideas;
using CoDesign.Domain.Organisations;
using CoDesign.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Ideas;

internal sealed class IdeaConfiguration : IEntityTypeConfiguration<Idea>
{
    public void Configure(EntityTypeBuilder<Idea> builder)
    {
        builder.ToTable("Ideas");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Title).HasMaxLength(Idea.MaxTitleLength).IsRequired();
        builder.Property(i => i.Body).HasMaxLength(Idea.MaxBodyLength).IsRequired();
        builder.Property(i => i.District).HasMaxLength(Idea.MaxDistrictLength);
        builder.Property(i => i.Language).HasMaxLength(Idea.MaxLanguageLength).IsRequired();
        builder.Property(i => i.SearchKeys).HasMaxLength(Domain.Search.TextKeys.MaxIndexLength).IsRequired();
        builder.Property(i => i.ContactEmail).HasMaxLength(Idea.MaxContactEmailLength);
        builder.Property(i => i.HiddenReason).HasMaxLength(Idea.MaxHiddenReasonLength);

        // Every change of an idea's row (a response, hiding, merging, an edit) is made against the
        // status it was read with: of two officials answering at once, or a moderator hiding what an
        // official is answering, the second is told the idea changed instead of silently building
        // on a state that no longer exists (CoDesignDbContext turns the conflict into a coded error).
        builder.Property(i => i.Status).IsConcurrencyToken();
        builder.HasIndex(i => new { i.TenantId, i.Status, i.PublishedAt });
        builder.HasIndex(i => new { i.TenantId, i.VoteCount });
        builder.HasIndex(i => new { i.TenantId, i.LastActivityAt });
        builder.HasIndex(i => new { i.TenantId, i.CommentCount });
        builder.HasIndex(i => new { i.TenantId, i.CategoryId });
        builder.HasIndex(i => new { i.TenantId, i.AuthorId });
        builder.HasIndex(i => i.CategoryId);
        builder.HasIndex(i => i.OrganisationId);

        // A process page lists its ideas, most supported first.
        builder.HasIndex(i => new { i.TenantId, i.ProcessId, i.VoteCount });

        // The list's "newest" order: (TenantId, Status, PublishedAt) cannot return the public
        // statuses in date order, so without this the database sorted a whole city per page.
        builder.HasIndex(i => new { i.TenantId, i.PublishedAt });

        // The list's random order is range scans of this (IdeaListAppService.RandomPageAsync).
        builder.HasIndex(i => new { i.TenantId, i.RandomKey });

        // Cross-city reads take the most-supported ideas among many (AlsoProposedInAppService).
        builder.HasIndex(i => new { i.VoteCount, i.Id }).IsDescending(true, false);
        builder.HasOne<City>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Category>().WithMany().HasForeignKey(i => i.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Processes.Process>().WithMany().HasForeignKey(i => i.ProcessId).OnDelete(DeleteBehavior.Restrict);
    }
}
