using CoDesign.Domain.Coordination;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Ideas;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("Categories");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Key).HasMaxLength(Category.MaxKeyLength).IsRequired();
        builder.Property(c => c.NameFi).HasMaxLength(Category.MaxNameLength).IsRequired();
        builder.Property(c => c.NameSv).HasMaxLength(Category.MaxNameLength).IsRequired();
        builder.Property(c => c.NameEn).HasMaxLength(Category.MaxNameLength).IsRequired();
        builder.HasIndex(c => new { c.TenantId, c.Key }).IsUnique();
        builder.HasIndex(c => c.ThemeId);
        builder.HasOne<City>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Theme>().WithMany().HasForeignKey(c => c.ThemeId).OnDelete(DeleteBehavior.Restrict);
    }
}
