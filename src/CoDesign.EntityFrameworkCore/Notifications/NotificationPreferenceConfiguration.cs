using CoDesign.Domain.Identity;
using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Notifications;

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("NotificationPreferences");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Kind).HasMaxLength(Notification.MaxKindLength).IsRequired();
        builder.Property(p => p.Frequency).HasConversion<string>().HasMaxLength(20).IsRequired();
        builder.HasIndex(p => new { p.UserId, p.Kind }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
