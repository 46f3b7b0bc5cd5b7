using CoDesign.Domain.Moderation;
using CoDesign.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Moderation;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Action).HasMaxLength(AuditEntry.MaxActionLength).IsRequired();
        builder.Property(a => a.TargetType).HasMaxLength(AuditEntry.MaxTargetLength).IsRequired();
        builder.Property(a => a.Details).HasMaxLength(AuditEntry.MaxDetailsLength).IsRequired();
        builder.Property(a => a.Reason).HasMaxLength(AuditEntry.MaxDetailsLength);
        builder.HasIndex(a => new { a.TenantId, a.CreatedAt });
        builder.HasIndex(a => new { a.TenantId, a.Action, a.CreatedAt });
        builder.HasOne<City>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
