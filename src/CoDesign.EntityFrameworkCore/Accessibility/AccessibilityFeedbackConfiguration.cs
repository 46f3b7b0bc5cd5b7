using CoDesign.Domain.Accessibility;
using CoDesign.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Accessibility;

internal sealed class AccessibilityFeedbackConfiguration : IEntityTypeConfiguration<AccessibilityFeedback>
{
    public void Configure(EntityTypeBuilder<AccessibilityFeedback> builder)
    {
        builder.ToTable("AccessibilityFeedback");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Message).HasMaxLength(AccessibilityFeedback.MaxMessageLength).IsRequired();
        builder.Property(f => f.Name).HasMaxLength(AccessibilityFeedback.MaxNameLength);
        builder.Property(f => f.Email).HasMaxLength(254);
        builder.Property(f => f.Page).HasMaxLength(AccessibilityFeedback.MaxPageLength);
        builder.HasIndex(f => new { f.TenantId, f.CreatedAt });
        builder.HasOne<City>().WithMany().HasForeignKey(f => f.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
