using CoDesign.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Tenancy;

internal sealed class CityConfiguration : IEntityTypeConfiguration<City>
{
    public void Configure(EntityTypeBuilder<City> builder)
    {
        builder.ToTable("Cities");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Slug).HasMaxLength(City.MaxSlugLength).IsRequired();
        builder.Property(c => c.NameFi).HasMaxLength(City.MaxNameLength).IsRequired();
        builder.Property(c => c.NameSv).HasMaxLength(City.MaxNameLength).IsRequired();
        builder.Property(c => c.NameEn).HasMaxLength(City.MaxNameLength).IsRequired();
        builder.Property(c => c.Languages).HasMaxLength(20).IsRequired();
        builder.Property(c => c.DigestCron).HasMaxLength(100).IsRequired();
        builder.HasIndex(c => c.Slug).IsUnique();
    }
}
