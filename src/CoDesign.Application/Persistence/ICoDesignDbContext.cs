using CoDesign.Domain.Accessibility;
using CoDesign.Domain.Coordination;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Identity;
using CoDesign.Domain.Moderation;
using CoDesign.Domain.Notifications;
using CoDesign.Domain.Organisations;
using CoDesign.Domain.Processes;
using CoDesign.Domain.Tenancy;
using CoDesign.Domain.Voting;
using CoDesign.Domain.Workshops;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Persistence;

/// <summary>
/// The unit of work the use cases run in (see docs/adr/0002). City-owned sets are filtered to the
/// current city by the implementation; cross-city reads must say so explicitly.
/// </summary>
public interface ICoDesignDbContext
{
    DbSet<City> Cities { get; }

    DbSet<Theme> Themes { get; }

    DbSet<Category> Categories { get; }

    DbSet<Idea> Ideas { get; }

    DbSet<Vote> Votes { get; }

    DbSet<Comment> Comments { get; }

    DbSet<Organisation> Organisations { get; }

    DbSet<OrganisationMember> OrganisationMembers { get; }

    DbSet<CityRoleAssignment> CityRoleAssignments { get; }

    DbSet<OutboxMail> OutboxMails { get; }

    DbSet<AccessibilityFeedback> AccessibilityFeedback { get; }

    DbSet<IdeaFollower> IdeaFollowers { get; }

    DbSet<ContentReport> ContentReports { get; }

    DbSet<OrganisationInvitation> OrganisationInvitations { get; }

    DbSet<IdeaResponse> IdeaResponses { get; }

    DbSet<IdeaResponseRevision> IdeaResponseRevisions { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<Notification> Notifications { get; }

    DbSet<NotificationPreference> NotificationPreferences { get; }

    DbSet<JobRun> JobRuns { get; }

    DbSet<Process> Processes { get; }

    DbSet<ProcessPhase> ProcessPhases { get; }

    DbSet<Workshop> Workshops { get; }

    DbSet<WorkshopRegistration> WorkshopRegistrations { get; }

    DbSet<WorkshopIdea> WorkshopIdeas { get; }

    DbSet<AppUser> Users { get; }

    DbSet<IdentityRole<Guid>> Roles { get; }

    DbSet<IdentityUserRole<Guid>> UserRoles { get; }

    /// <summary>For a use case whose bulk statements and tracked changes must commit together.</summary>
    Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade Database { get; }

    /// <summary>To forget a unit of work that lost a race (a unique key another node wrote first).</summary>
    Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
