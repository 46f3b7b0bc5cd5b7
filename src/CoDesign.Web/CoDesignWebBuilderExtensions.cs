using CoDesign.Application;
using CoDesign.Application.Notifications;
using CoDesign.Application.Users;
using CoDesign.Domain.Identity;
using CoDesign.Domain.MultiTenancy;
using CoDesign.EntityFrameworkCore;
using CoDesign.HttpApi.OpenApi;
using CoDesign.Web.Errors;
using CoDesign.Web.Health;
using CoDesign.Web.Identity;
using CoDesign.Web.Jobs;
using Hangfire;
using CoDesign.Web.Infrastructure;
using CoDesign.Web.Localization;
using CoDesign.Web.Mail;
using CoDesign.Web.Tenancy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoDesign.Web;

public static class CoDesignWebBuilderExtensions
{
    public const string SmartScheme = "CoDesign.Smart";

    /// <summary>The composition root: every layer's services, wired once.</summary>
    public static WebApplicationBuilder AddCoDesign(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentTenant, CurrentTenant>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IPublicUrls, PublicUrls>();
        services.AddApplication();
        services.AddEntityFrameworkCore(sp => EntityFrameworkCoreServiceCollectionExtensions.Resolve(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath));

        services.AddMemoryCache();
        services.AddSingleton<CityDirectory>();
        services.Configure<TenancyOptions>(configuration.GetSection(TenancyOptions.Section));
        services.AddScoped<PageTexts>();

        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<IMailSender, MailSender>();
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(OutboxDeliveryOptions.Section).Get<OutboxDeliveryOptions>() ?? new OutboxDeliveryOptions());
        services.AddSingleton<IMailTransport, SmtpMailTransport>();
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(DigestOptions.Section).Get<DigestOptions>() ?? new DigestOptions());
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(Application.Coordination.CoordinationOptions.Section).Get<Application.Coordination.CoordinationOptions>() ?? new Application.Coordination.CoordinationOptions());
        services.AddHostedService<Coordination.CoordinationWarmUpService>();
        services.AddSingleton<IUnsubscribeTokens, DataProtectionUnsubscribeTokens>();
        AddJobs(services, configuration);

        AddIdentity(services, configuration);
        services.AddTransportSecurity(configuration);
        services.AddCoDesignRateLimits(configuration);
        services.AddRequestLimits(configuration);

        // The key ring lives in the database so that every node reads every other node's cookies.
        services.AddDataProtection().SetApplicationName("CoDesign");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = sp.GetRequiredService<IXmlRepository>()));

        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Account/Manage");
            o.Conventions.AuthorizeFolder("/Account/Organisations");
            o.Conventions.AuthorizeFolder("/Account/Notifications");
            o.Conventions.AuthorizeFolder("/City/Admin");
            o.Conventions.AuthorizeFolder("/Admin");
            o.Conventions.ConfigureFilter(new BusinessExceptionPageFilter());
            o.Conventions.ConfigureFilter(new UnknownHandlerPageFilter());
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".CoDesign.Antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Finnish and Swedish letters stay readable in the HTML instead of becoming &#xE4; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddExceptionHandler<CoDesignExceptionHandler>();
        services.AddOpenApi("v1", o => o.AddHttpApiSchemas());
        services.AddHealthChecks().AddCheck<MigrationsHealthCheck>("database", tags: ["ready"]);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return builder;
    }

    private static void AddJobs(IServiceCollection services, ConfigurationManager configuration)
    {
        services.Configure<JobsOptions>(configuration.GetSection(JobsOptions.Section));
        services.AddSingleton<OutboxDeliveryProcess>();
        services.AddSingleton<JobsHost>();
        services.AddSingleton<IJobScheduler>(sp => sp.GetRequiredService<JobsHost>());
        services.AddHostedService(sp => sp.GetRequiredService<JobsHost>());

        // Hangfire's services for the dashboard, over this host's own storage (registered first, so
        // Hangfire does not fall back to its static JobStorage.Current, which several apps in one
        // test process would share). The server is JobsHost's.
        services.AddSingleton(sp => sp.GetRequiredService<JobsHost>().Storage);
        services.AddHangfire((sp, c) => c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogBridge(sp.GetRequiredService<ILoggerFactory>())));
        services.AddScoped<CityDigestJob>();
        services.AddScoped<CoordinatorDigestJob>();
        services.AddScoped<ScheduleSyncJob>();
        services.AddScoped<RetentionJob>();
        services.AddScoped<WorkshopRemindersJob>();
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(RetentionOptions.Section).Get<RetentionOptions>() ?? new RetentionOptions());
    }

    private static void AddIdentity(IServiceCollection services, ConfigurationManager configuration)
    {
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<CoDesignDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddScoped<IEmailSender<AppUser>, IdentityMailSender>();

        // Sign-out and password changes end other sessions within a minute.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IConfiguration>((o, c) => o.ValidationInterval = c.GetValue("Security:StampValidationInterval", TimeSpan.FromMinutes(1)));

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer", o =>
                o.ForwardDefaultSelector = ctx =>
                    ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".CoDesign.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/error/403";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
            AbsoluteSessionLifetime.Apply(o, configuration.GetValue(AbsoluteSessionLifetime.Setting, AbsoluteSessionLifetime.Default));
        });

        // PBKDF2-HMAC-SHA512 at the 210,000 rounds OWASP and ASVS 5.0 (11.4.2) ask for; a hash made
        // with fewer is accepted once and replaced at that sign-in.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
        services.AddAuthorization();
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
