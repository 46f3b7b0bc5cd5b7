using CoDesign.Domain.Ideas;
using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasMaxLength(Notification.MaxKindLength).IsRequired();
        builder.HasIndex(n => new { n.TenantId, n.UserId, n.Kind, n.SourceId }).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });
        builder.HasIndex(n => n.IdeaId);
        builder.HasIndex(n => new { n.TenantId, n.MailedAt, n.UserId });
        builder.HasOne<Idea>().WithMany().HasForeignKey(n => n.IdeaId).OnDelete(DeleteBehavior.Cascade);
    }
}
