using System.Linq.Expressions;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Accessibility;
using CoDesign.Domain.Coordination;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Identity;
using CoDesign.Domain.Moderation;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Notifications;
using CoDesign.Domain.Organisations;
using CoDesign.Domain.Processes;
using CoDesign.Domain.Tenancy;
using CoDesign.Domain.Voting;
using CoDesign.Domain.Workshops;
using CoDesign.EntityFrameworkCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.EntityFrameworkCore;

/// <summary>The one DbContext. Model stays provider-neutral: the same migrations run on SQLite and PostgreSQL.</summary>
public class CoDesignDbContext(DbContextOptions<CoDesignDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), ICoDesignDbContext
{
    /// <summary>
    /// The current city lives in an AsyncLocal behind <see cref="CurrentTenant"/>, so every instance
    /// reads the same one; that lets the context be pooled (the pool needs a constructor that takes
    /// only the options) with no per-request state in it.
    /// </summary>
    private readonly CurrentTenant _currentTenant = new();

    /// <summary>Read by the tenant query filter on every query, so the filter follows the current city.</summary>
    public Guid? CurrentTenantId => _currentTenant.Id;

    public DbSet<City> Cities => Set<City>();

    public DbSet<Theme> Themes => Set<Theme>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Idea> Ideas => Set<Idea>();

    public DbSet<Vote> Votes => Set<Vote>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<OrganisationMember> OrganisationMembers => Set<OrganisationMember>();

    public DbSet<CityRoleAssignment> CityRoleAssignments => Set<CityRoleAssignment>();

    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();

    public DbSet<AccessibilityFeedback> AccessibilityFeedback => Set<AccessibilityFeedback>();

    public DbSet<IdeaFollower> IdeaFollowers => Set<IdeaFollower>();

    public DbSet<ContentReport> ContentReports => Set<ContentReport>();

    public DbSet<OrganisationInvitation> OrganisationInvitations => Set<OrganisationInvitation>();

    public DbSet<IdeaResponse> IdeaResponses => Set<IdeaResponse>();

    public DbSet<IdeaResponseRevision> IdeaResponseRevisions => Set<IdeaResponseRevision>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<Process> Processes => Set<Process>();

    public DbSet<ProcessPhase> ProcessPhases => Set<ProcessPhase>();

    public DbSet<Workshop> Workshops => Set<Workshop>();

    public DbSet<WorkshopRegistration> WorkshopRegistrations => Set<WorkshopRegistration>();

    public DbSet<WorkshopIdea> WorkshopIdeas => Set<WorkshopIdea>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// A conflict on an idea (its status changed since it was read: <c>IdeaConfiguration</c>) becomes
    /// the coded <see cref="ErrorCodes.Concurrency"/> error: 409 in the API, "someone changed this
    /// at the same time" on a page. Identity's own stamp conflicts are left to Identity, which
    /// expects the EF exception.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException ex) when (ex.Entries.Any(e => e.Entity is Idea))
        {
            throw new BusinessException(ErrorCodes.Concurrency, "The idea was changed by someone else since it was read.", ex);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();

        // Enums are stored by name: readable in SQL and safe from reordering.
        configurationBuilder.Properties<IdeaStatus>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<ParticipationChannel>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<ModerationMode>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<CityRole>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<OrganisationKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<CommunityType>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<OutboxMailStatus>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<PhaseKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<WorkshopFormat>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<RegistrationStatus>().HaveConversion<string>().HaveMaxLength(30);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CoDesignDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(IMultiTenant).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter.Name, TenantFilterExpression(entityType.ClrType));
        }
    }

    private LambdaExpression TenantFilterExpression(Type entityType)
    {
        var entity = Expression.Parameter(entityType, "e");
        var tenantId = Expression.Convert(Expression.Property(entity, nameof(IMultiTenant.TenantId)), typeof(Guid?));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentTenantId));
        return Expression.Lambda(Expression.Equal(tenantId, current), entity);
    }
}
