using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Notifications;

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> builder)
    {
        builder.ToTable("OutboxMails");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.ToAddress).HasMaxLength(OutboxMail.MaxAddressLength).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(OutboxMail.MaxSubjectLength).IsRequired();
        builder.Property(m => m.TextBody).IsRequired();
        builder.Property(m => m.Kind).HasMaxLength(OutboxMail.MaxKindLength).IsRequired();
        builder.Property(m => m.DedupKey).HasMaxLength(OutboxMail.MaxDedupKeyLength).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(OutboxMail.MaxErrorLength);
        builder.Property(m => m.UnsubscribeUrl).HasMaxLength(OutboxMail.MaxUrlLength);

        // Exactly-once: a producer that runs twice for the same thing cannot queue a second mail.
        builder.HasIndex(m => m.DedupKey).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => new { m.TenantId, m.CreatedAt });
        builder.HasIndex(m => m.RecipientUserId);
    }
}
