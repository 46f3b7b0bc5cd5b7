using CoDesign.Domain.Coordination;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Coordination;

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.ToTable("Themes");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Key).HasMaxLength(Theme.MaxKeyLength).IsRequired();
        builder.Property(t => t.NameFi).HasMaxLength(Theme.MaxNameLength).IsRequired();
        builder.Property(t => t.NameSv).HasMaxLength(Theme.MaxNameLength).IsRequired();
        builder.Property(t => t.NameEn).HasMaxLength(Theme.MaxNameLength).IsRequired();
        builder.HasIndex(t => t.Key).IsUnique();
    }
}
