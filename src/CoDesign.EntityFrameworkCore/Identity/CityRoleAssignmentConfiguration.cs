using CoDesign.Domain.Identity;
using CoDesign.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Identity;

internal sealed class CityRoleAssignmentConfiguration : IEntityTypeConfiguration<CityRoleAssignment>
{
    public void Configure(EntityTypeBuilder<CityRoleAssignment> builder)
    {
        builder.ToTable("CityRoleAssignments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.TenantId, a.UserId, a.Role }).IsUnique();
        builder.HasIndex(a => a.UserId);
        builder.HasOne<City>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
