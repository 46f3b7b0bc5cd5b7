using CoDesign.Application.Localization;
using CoDesign.Application.Notifications;
using CoDesign.Application.Persistence;
using CoDesign.Application.Users;
using CoDesign.Domain.Accessibility;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Identity;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Accessibility;

/// <summary>
/// Accessibility feedback: stored, and mailed to each of the city's admins in their own language in
/// the same transaction, so a feedback is never saved without its mail or mailed without being saved.
/// </summary>
public sealed class AccessibilityFeedbackAppService(
    ICoDesignDbContext db,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    MailComposer composer,
    ITextCatalog texts,
    IPublicUrls urls,
    TimeProvider clock)
{
    public async Task<Guid> SubmitAsync(AccessibilityFeedbackInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cityId = currentTenant.Id ?? throw new EntityNotFoundException("City");
        var city = await db.Cities.AsNoTracking().FirstAsync(c => c.Id == cityId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var feedback = new AccessibilityFeedback(Guid.CreateVersion7(now), cityId, input.Message, input.Name, input.Email, input.Page, currentUser.Id, now);
        db.AccessibilityFeedback.Add(feedback);

        var admins = await (
            from a in db.CityRoleAssignments.AsNoTracking()
            join u in db.Users.AsNoTracking() on a.UserId equals u.Id
            where a.Role == CityRole.CityAdmin && u.Email != null && u.EmailConfirmed
            select new { u.Email, u.PreferredLanguage }).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);

        foreach (var admin in admins)
        {
            var lang = Languages.Normalize(admin.PreferredLanguage);
            var paragraphs = new List<string>
            {
                string.Format(Languages.Culture(lang), texts.Text("Mail.A11yFeedback.Intro", lang), city.Name(lang)),
                feedback.Message,
                $"{texts.Text("Accessibility.Feedback.Name", lang)}: {feedback.Name ?? "–"}",
                $"{texts.Text("Accessibility.Feedback.Email", lang)}: {feedback.Email ?? "–"}",
                $"{texts.Text("Accessibility.Feedback.Page", lang)}: {feedback.Page ?? "–"}",
            };
            var content = composer.Compose(
                lang,
                string.Format(Languages.Culture(lang), texts.Text("Mail.A11yFeedback.Subject", lang), city.Name(lang)),
                texts.Text("Mail.A11yFeedback.Heading", lang),
                paragraphs,
                texts.Text("Mail.A11yFeedback.Action", lang),
                urls.Absolute($"/{city.Slug}/accessibility"));
            db.OutboxMails.Add(new OutboxMail(
                Guid.CreateVersion7(now), cityId, admin.Email!, content.Subject, content.Text, content.Html,
                MailKinds.AccessibilityFeedback, $"{MailKinds.AccessibilityFeedback}:{feedback.Id:N}:{admin.Email}", now));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return feedback.Id;
    }
}
