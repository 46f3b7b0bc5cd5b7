using CoDesign.Domain.Ideas;
using CoDesign.Domain.Processes;
using CoDesign.Domain.Workshops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Workshops;

internal sealed class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> builder)
    {
        builder.ToTable("Workshops");
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.TitleFi).HasMaxLength(Workshop.MaxTitleLength).IsRequired();
        builder.Property(w => w.TitleSv).HasMaxLength(Workshop.MaxTitleLength).IsRequired();
        builder.Property(w => w.TitleEn).HasMaxLength(Workshop.MaxTitleLength).IsRequired();
        builder.Property(w => w.DescriptionFi).HasMaxLength(Workshop.MaxDescriptionLength).IsRequired();
        builder.Property(w => w.DescriptionSv).HasMaxLength(Workshop.MaxDescriptionLength).IsRequired();
        builder.Property(w => w.DescriptionEn).HasMaxLength(Workshop.MaxDescriptionLength).IsRequired();
        builder.Property(w => w.Venue).HasMaxLength(Workshop.MaxPlaceLength);
        builder.Property(w => w.Address).HasMaxLength(Workshop.MaxPlaceLength);
        builder.Property(w => w.Room).HasMaxLength(Workshop.MaxPlaceLength);
        builder.Property(w => w.OnlineUrl).HasMaxLength(Workshop.MaxUrlLength);
        builder.Property(w => w.Languages).HasMaxLength(Workshop.MaxLanguagesLength).IsRequired();
        builder.Property(w => w.MinutesFi).HasMaxLength(Workshop.MaxMinutesLength).IsRequired();
        builder.Property(w => w.MinutesSv).HasMaxLength(Workshop.MaxMinutesLength).IsRequired();
        builder.Property(w => w.MinutesEn).HasMaxLength(Workshop.MaxMinutesLength).IsRequired();
        builder.Ignore(w => w.IsCancelled);
        builder.Ignore(w => w.LanguageList);
        builder.Ignore(w => w.HasPlace);
        builder.Ignore(w => w.HasLink);
        builder.Ignore(w => w.RegistrationEndsAt);

        // A process's workshops in time order; the reminder job's "starting soon" across cities.
        builder.HasIndex(w => new { w.TenantId, w.ProcessId, w.StartsAt });
        builder.HasIndex(w => w.StartsAt);
        builder.HasOne<Process>().WithMany().HasForeignKey(w => w.ProcessId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkshopRegistrationConfiguration : IEntityTypeConfiguration<WorkshopRegistration>
{
    public void Configure(EntityTypeBuilder<WorkshopRegistration> builder)
    {
        builder.ToTable("WorkshopRegistrations");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(WorkshopRegistration.MaxNameLength);
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.Property(r => r.Phone).HasMaxLength(WorkshopRegistration.MaxPhoneLength);
        builder.Property(r => r.Language).HasMaxLength(5).IsRequired();
        builder.Ignore(r => r.IsActive);

        // One row per resident per workshop, whatever the concurrency (a second try finds the first).
        builder.HasIndex(r => new { r.TenantId, r.WorkshopId, r.UserId }).IsUnique();

        // The waiting list in order, and the seats.
        builder.HasIndex(r => new { r.WorkshopId, r.Status, r.QueuedAt });
        builder.HasIndex(r => r.UserId);
        builder.HasOne<Workshop>().WithMany().HasForeignKey(r => r.WorkshopId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkshopIdeaConfiguration : IEntityTypeConfiguration<WorkshopIdea>
{
    public void Configure(EntityTypeBuilder<WorkshopIdea> builder)
    {
        builder.ToTable("WorkshopIdeas");
        builder.HasKey(l => new { l.WorkshopId, l.IdeaId });
        builder.HasIndex(l => l.IdeaId);
        builder.HasOne<Workshop>().WithMany().HasForeignKey(l => l.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Idea>().WithMany().HasForeignKey(l => l.IdeaId).OnDelete(DeleteBehavior.Cascade);
    }
}
