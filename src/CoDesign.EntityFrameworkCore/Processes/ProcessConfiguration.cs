using CoDesign.Domain.Ideas;
using CoDesign.Domain.Processes;
using CoDesign.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Processes;

internal sealed class ProcessConfiguration : IEntityTypeConfiguration<Process>
{
    public void Configure(EntityTypeBuilder<Process> builder)
    {
        builder.ToTable("Processes");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TitleFi).HasMaxLength(Process.MaxTitleLength).IsRequired();
        builder.Property(p => p.TitleSv).HasMaxLength(Process.MaxTitleLength).IsRequired();
        builder.Property(p => p.TitleEn).HasMaxLength(Process.MaxTitleLength).IsRequired();
        builder.Property(p => p.QuestionFi).HasMaxLength(Process.MaxQuestionLength).IsRequired();
        builder.Property(p => p.QuestionSv).HasMaxLength(Process.MaxQuestionLength).IsRequired();
        builder.Property(p => p.QuestionEn).HasMaxLength(Process.MaxQuestionLength).IsRequired();
        builder.Property(p => p.DescriptionFi).HasMaxLength(Process.MaxDescriptionLength).IsRequired();
        builder.Property(p => p.DescriptionSv).HasMaxLength(Process.MaxDescriptionLength).IsRequired();
        builder.Property(p => p.DescriptionEn).HasMaxLength(Process.MaxDescriptionLength).IsRequired();
        builder.Property(p => p.Districts).HasMaxLength(Process.MaxDistrictsLength).IsRequired();
        builder.Ignore(p => p.Timeline);
        builder.Ignore(p => p.DistrictList);
        builder.HasMany(p => p.Phases).WithOne().HasForeignKey(p => p.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Phases).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(p => new { p.TenantId, p.IsPublished, p.CreatedAt });
        builder.HasIndex(p => p.CategoryId);
        builder.HasOne<City>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
