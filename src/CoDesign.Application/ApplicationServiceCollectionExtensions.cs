using Microsoft.Extensions.DependencyInjection.Extensions;
using CoDesign.Application.Accessibility;
using CoDesign.Application.Account;
using CoDesign.Application.Localization;
using CoDesign.Application.Notifications;
using CoDesign.Application.Permissions;
using CoDesign.Application.Seeding;
using CoDesign.Application.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>The use cases and their helpers. Ports (ICurrentUser, IPublicUrls, IUnsubscribeTokens, IJobScheduler, IMailTransport) and options come from the host.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddSingleton<ITextCatalog, TextCatalog>();
        services.AddSingleton<MailComposer>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<CityAppService>();
        services.AddScoped<Processes.ProcessAppService>();
        services.AddScoped<Processes.ProcessAdminAppService>();
        services.AddScoped<Workshops.WorkshopSeats>();
        services.AddScoped<Workshops.WorkshopMails>();
        services.AddScoped<Workshops.WorkshopAppService>();
        services.AddScoped<Workshops.WorkshopAdminAppService>();
        services.AddScoped<Workshops.WorkshopReminderHandler>();
        services.AddScoped<AccessibilityFeedbackAppService>();
        services.AddScoped<AccountMailer>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<OutboxDeliveryHandler>();
        services.AddScoped<MailAdminAppService>();
        services.AddScoped<Ideas.IdeaListAppService>();
        services.AddScoped<Ideas.VoteAppService>();
        services.AddScoped<Ideas.IdeaDetailAppService>();
        services.AddScoped<Ideas.CommentAppService>();
        services.AddScoped<Ideas.FollowAppService>();
        services.AddScoped<Ideas.SimilarIdeasAppService>();
        services.AddScoped<Ideas.IdeaSubmissionAppService>();
        services.AddScoped<Organisations.OrganisationAppService>();
        services.AddScoped<Ideas.AssistedIdeaAppService>();
        services.AddScoped<Ideas.ReportAppService>();
        services.AddScoped<Ideas.MyParticipationAppService>();
        services.AddScoped<Ideas.ResponseAppService>();
        services.AddScoped<Moderation.AuditLog>();
        services.AddScoped<Moderation.AuditLogAppService>();
        services.AddScoped<Moderation.ModerationAppService>();
        services.AddScoped<Moderation.MergeAppService>();
        services.AddScoped<Accountability.AccountabilityAppService>();
        services.AddScoped<Tenancy.CitySettingsAppService>();
        services.AddScoped<Tenancy.CityRolesAppService>();
        services.AddScoped<Tenancy.CategoryAdminAppService>();
        services.AddScoped<NotificationMails>();
        services.AddScoped<NotificationPublisher>();
        services.AddScoped<ModerationNotices>();
        services.AddScoped<NotificationPreferencesAppService>();
        services.AddScoped<NotificationsAppService>();
        services.AddScoped<DigestHandler>();
        services.AddScoped<CoordinatorDigestHandler>();
        services.AddScoped<DigestScheduleSync>();
        services.AddScoped<JobRunsAppService>();
        services.AddScoped<RetentionHandler>();
        services.AddScoped<Users.PersonalDataAppService>();
        services.AddScoped<Users.AccountErasureAppService>();

        // Cross-city coordination and open data (issue 6).
        services.AddScoped<Coordination.CrossCityReader>();
        services.AddScoped<Coordination.CoordinationAppService>();
        services.TryAddSingleton(new Coordination.CoordinationOptions());
        services.AddSingleton<Coordination.CoordinationFiguresCache>();
        services.AddScoped<Coordination.AlsoProposedInAppService>();
        services.AddScoped<Coordination.ThemeAdminAppService>();
        services.AddScoped<OpenData.OpenDataAppService>();
        return services;
    }
}
