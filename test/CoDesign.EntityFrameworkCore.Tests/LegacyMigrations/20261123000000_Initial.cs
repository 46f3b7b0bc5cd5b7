using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CoDesign.EntityFrameworkCore.Tests.LegacyMigrations;

/// <summary>
/// The first schema: identity, cities and categories, themes, ideas, votes, comments, organisations,
/// role assignments, the mail outbox, accessibility feedback and the data-protection key ring.
/// Hand-written and provider-neutral (no store types): SQLite and PostgreSQL map the CLR types.
/// </summary>
[DbContext(typeof(CoDesignDbContext))]
[Migration("20261123000000_Initial")]
public partial class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Name = table.Column<string>(maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    DisplayName = table.Column<string>(maxLength: 100, nullable: false),
                    PreferredLanguage = table.Column<string>(maxLength: 5, nullable: false),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                    UserName = table.Column<string>(maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                    Email = table.Column<string>(maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(nullable: false),
                    PasswordHash = table.Column<string>(nullable: true),
                    SecurityStamp = table.Column<string>(nullable: true),
                    ConcurrencyStamp = table.Column<string>(nullable: true),
                    PhoneNumber = table.Column<string>(nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                    TwoFactorEnabled = table.Column<bool>(nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                    LockoutEnabled = table.Column<bool>(nullable: false),
                    AccessFailedCount = table.Column<int>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cities",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Slug = table.Column<string>(maxLength: 40, nullable: false),
                    NameFi = table.Column<string>(maxLength: 100, nullable: false),
                    NameSv = table.Column<string>(maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(maxLength: 100, nullable: false),
                    IsActive = table.Column<bool>(nullable: false),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                    VotingOpen = table.Column<bool>(nullable: false),
                    VotingStartsAt = table.Column<DateTime>(nullable: true),
                    VotingEndsAt = table.Column<DateTime>(nullable: true),
                    ActiveVoteCap = table.Column<int>(nullable: true),
                    SupportThreshold = table.Column<int>(nullable: false),
                    ResponseDays = table.Column<int>(nullable: false),
                    ModerationMode = table.Column<string>(maxLength: 30, nullable: false),
                    ReportsToHide = table.Column<int>(nullable: false),
                    Languages = table.Column<string>(maxLength: 20, nullable: false),
                    DigestCron = table.Column<string>(maxLength: 100, nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    FriendlyName = table.Column<string>(maxLength: 200, nullable: true),
                    Xml = table.Column<string>(nullable: false),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Kind = table.Column<string>(maxLength: 30, nullable: false),
                    Name = table.Column<string>(maxLength: 150, nullable: false),
                    BusinessId = table.Column<string>(maxLength: 9, nullable: true),
                    CommunityType = table.Column<string>(maxLength: 30, nullable: true),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMails",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    TenantId = table.Column<Guid>(nullable: true),
                    ToAddress = table.Column<string>(maxLength: 254, nullable: false),
                    Subject = table.Column<string>(maxLength: 200, nullable: false),
                    TextBody = table.Column<string>(nullable: false),
                    HtmlBody = table.Column<string>(nullable: true),
                    Kind = table.Column<string>(maxLength: 60, nullable: false),
                    DedupKey = table.Column<string>(maxLength: 200, nullable: false),
                    UnsubscribeUrl = table.Column<string>(maxLength: 1000, nullable: true),
                    Status = table.Column<string>(maxLength: 30, nullable: false),
                    Attempts = table.Column<int>(nullable: false),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                    NextAttemptAt = table.Column<DateTime>(nullable: false),
                    LockedUntil = table.Column<DateTime>(nullable: true),
                    SentAt = table.Column<DateTime>(nullable: true),
                    LastError = table.Column<string>(maxLength: 2000, nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Themes",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Key = table.Column<string>(maxLength: 40, nullable: false),
                    NameFi = table.Column<string>(maxLength: 100, nullable: false),
                    NameSv = table.Column<string>(maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Themes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(nullable: false),
                    ClaimType = table.Column<string>(nullable: true),
                    ClaimValue = table.Column<string>(nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(name: "FK_AspNetRoleClaims_AspNetRoles_RoleId", column: x => x.RoleId, principalTable: "AspNetRoles", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(nullable: false),
                    ClaimType = table.Column<string>(nullable: true),
                    ClaimValue = table.Column<string>(nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(name: "FK_AspNetUserClaims_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(nullable: false),
                    ProviderKey = table.Column<string>(nullable: false),
                    ProviderDisplayName = table.Column<string>(nullable: true),
                    UserId = table.Column<Guid>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(name: "FK_AspNetUserLogins_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(nullable: false),
                    RoleId = table.Column<Guid>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(name: "FK_AspNetUserRoles_AspNetRoles_RoleId", column: x => x.RoleId, principalTable: "AspNetRoles", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(name: "FK_AspNetUserRoles_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(nullable: false),
                    LoginProvider = table.Column<string>(nullable: false),
                    Name = table.Column<string>(nullable: false),
                    Value = table.Column<string>(nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(name: "FK_AspNetUserTokens_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AccessibilityFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    TenantId = table.Column<Guid>(nullable: false),
                    Message = table.Column<string>(maxLength: 4000, nullable: false),
                    Name = table.Column<string>(maxLength: 100, nullable: true),
                    Email = table.Column<string>(maxLength: 254, nullable: true),
                    Page = table.Column<string>(maxLength: 500, nullable: true),
                    UserId = table.Column<Guid>(nullable: true),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessibilityFeedback", x => x.Id);
                    table.ForeignKey(name: "FK_AccessibilityFeedback_Cities_TenantId", column: x => x.TenantId, principalTable: "Cities", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CityRoleAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    TenantId = table.Column<Guid>(nullable: false),
                    UserId = table.Column<Guid>(nullable: false),
                    Role = table.Column<string>(maxLength: 30, nullable: false),
                    GrantedById = table.Column<Guid>(nullable: true),
                    GrantedAt = table.Column<DateTime>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CityRoleAssignments", x => x.Id);
                    table.ForeignKey(name: "FK_CityRoleAssignments_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(name: "FK_CityRoleAssignments_Cities_TenantId", column: x => x.TenantId, principalTable: "Cities", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    OrganisationId = table.Column<Guid>(nullable: false),
                    UserId = table.Column<Guid>(nullable: false),
                    IsManager = table.Column<bool>(nullable: false),
                    JoinedAt = table.Column<DateTime>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationMembers", x => x.Id);
                    table.ForeignKey(name: "FK_OrganisationMembers_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(name: "FK_OrganisationMembers_Organisations_OrganisationId", column: x => x.OrganisationId, principalTable: "Organisations", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    TenantId = table.Column<Guid>(nullable: false),
                    Key = table.Column<string>(maxLength: 60, nullable: false),
                    ThemeId = table.Column<Guid>(nullable: false),
                    NameFi = table.Column<string>(maxLength: 100, nullable: false),
                    NameSv = table.Column<string>(maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Categories", x => x.Id);
                    table.ForeignKey(name: "FK_Categories_Cities_TenantId", column: x => x.TenantId, principalTable: "Cities", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(name: "FK_Categories_Themes_ThemeId", column: x => x.ThemeId, principalTable: "Themes", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Ideas",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    TenantId = table.Column<Guid>(nullable: false),
                    Title = table.Column<string>(maxLength: 150, nullable: false),
                    Body = table.Column<string>(maxLength: 10000, nullable: false),
                    CategoryId = table.Column<Guid>(nullable: false),
                    District = table.Column<string>(maxLength: 100, nullable: true),
                    Latitude = table.Column<double>(nullable: true),
                    Longitude = table.Column<double>(nullable: true),
                    Language = table.Column<string>(maxLength: 5, nullable: false),
                    AuthorId = table.Column<Guid>(nullable: true),
                    OrganisationId = table.Column<Guid>(nullable: true),
                    Channel = table.Column<string>(maxLength: 30, nullable: false),
                    Status = table.Column<string>(maxLength: 30, nullable: false),
                    VoteCount = table.Column<int>(nullable: false),
                    CommentCount = table.Column<int>(nullable: false),
                    FollowerCount = table.Column<int>(nullable: false),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                    PublishedAt = table.Column<DateTime>(nullable: true),
                    LastActivityAt = table.Column<DateTime>(nullable: false),
                    ThresholdReachedAt = table.Column<DateTime>(nullable: true),
                    ResponseDueAt = table.Column<DateTime>(nullable: true),
                    MergedIntoId = table.Column<Guid>(nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ideas", x => x.Id);
                    table.ForeignKey(name: "FK_Ideas_Categories_CategoryId", column: x => x.CategoryId, principalTable: "Categories", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(name: "FK_Ideas_Cities_TenantId", column: x => x.TenantId, principalTable: "Cities", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(name: "FK_Ideas_Organisations_OrganisationId", column: x => x.OrganisationId, principalTable: "Organisations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Comments",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    TenantId = table.Column<Guid>(nullable: false),
                    IdeaId = table.Column<Guid>(nullable: false),
                    ParentId = table.Column<Guid>(nullable: true),
                    AuthorId = table.Column<Guid>(nullable: false),
                    Body = table.Column<string>(maxLength: 4000, nullable: false),
                    IsOfficial = table.Column<bool>(nullable: false),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                    EditedAt = table.Column<DateTime>(nullable: true),
                    DeletedAt = table.Column<DateTime>(nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Comments", x => x.Id);
                    table.ForeignKey(name: "FK_Comments_Comments_ParentId", column: x => x.ParentId, principalTable: "Comments", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(name: "FK_Comments_Ideas_IdeaId", column: x => x.IdeaId, principalTable: "Ideas", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Votes",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    TenantId = table.Column<Guid>(nullable: false),
                    IdeaId = table.Column<Guid>(nullable: false),
                    VoterId = table.Column<Guid>(nullable: false),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Votes", x => x.Id);
                    table.ForeignKey(name: "FK_Votes_Ideas_IdeaId", column: x => x.IdeaId, principalTable: "Ideas", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(name: "IX_AccessibilityFeedback_TenantId_CreatedAt", table: "AccessibilityFeedback", columns: new[] { "TenantId", "CreatedAt" });
            migrationBuilder.CreateIndex(name: "IX_AspNetRoleClaims_RoleId", table: "AspNetRoleClaims", column: "RoleId");
            migrationBuilder.CreateIndex(name: "RoleNameIndex", table: "AspNetRoles", column: "NormalizedName", unique: true);
            migrationBuilder.CreateIndex(name: "IX_AspNetUserClaims_UserId", table: "AspNetUserClaims", column: "UserId");
            migrationBuilder.CreateIndex(name: "IX_AspNetUserLogins_UserId", table: "AspNetUserLogins", column: "UserId");
            migrationBuilder.CreateIndex(name: "IX_AspNetUserRoles_RoleId", table: "AspNetUserRoles", column: "RoleId");
            migrationBuilder.CreateIndex(name: "EmailIndex", table: "AspNetUsers", column: "NormalizedEmail");
            migrationBuilder.CreateIndex(name: "UserNameIndex", table: "AspNetUsers", column: "NormalizedUserName", unique: true);
            migrationBuilder.CreateIndex(name: "IX_Categories_TenantId_Key", table: "Categories", columns: new[] { "TenantId", "Key" }, unique: true);
            migrationBuilder.CreateIndex(name: "IX_Categories_ThemeId", table: "Categories", column: "ThemeId");
            migrationBuilder.CreateIndex(name: "IX_Cities_Slug", table: "Cities", column: "Slug", unique: true);
            migrationBuilder.CreateIndex(name: "IX_CityRoleAssignments_TenantId_UserId_Role", table: "CityRoleAssignments", columns: new[] { "TenantId", "UserId", "Role" }, unique: true);
            migrationBuilder.CreateIndex(name: "IX_CityRoleAssignments_UserId", table: "CityRoleAssignments", column: "UserId");
            migrationBuilder.CreateIndex(name: "IX_Comments_IdeaId", table: "Comments", column: "IdeaId");
            migrationBuilder.CreateIndex(name: "IX_Comments_ParentId", table: "Comments", column: "ParentId");
            migrationBuilder.CreateIndex(name: "IX_Comments_TenantId_IdeaId_CreatedAt", table: "Comments", columns: new[] { "TenantId", "IdeaId", "CreatedAt" });
            migrationBuilder.CreateIndex(name: "IX_Ideas_CategoryId", table: "Ideas", column: "CategoryId");
            migrationBuilder.CreateIndex(name: "IX_Ideas_OrganisationId", table: "Ideas", column: "OrganisationId");
            migrationBuilder.CreateIndex(name: "IX_Ideas_TenantId_AuthorId", table: "Ideas", columns: new[] { "TenantId", "AuthorId" });
            migrationBuilder.CreateIndex(name: "IX_Ideas_TenantId_CategoryId", table: "Ideas", columns: new[] { "TenantId", "CategoryId" });
            migrationBuilder.CreateIndex(name: "IX_Ideas_TenantId_Status_PublishedAt", table: "Ideas", columns: new[] { "TenantId", "Status", "PublishedAt" });
            migrationBuilder.CreateIndex(name: "IX_Ideas_TenantId_VoteCount", table: "Ideas", columns: new[] { "TenantId", "VoteCount" });
            migrationBuilder.CreateIndex(name: "IX_OrganisationMembers_OrganisationId_UserId", table: "OrganisationMembers", columns: new[] { "OrganisationId", "UserId" }, unique: true);
            migrationBuilder.CreateIndex(name: "IX_OrganisationMembers_UserId", table: "OrganisationMembers", column: "UserId");
            migrationBuilder.CreateIndex(name: "IX_Organisations_BusinessId", table: "Organisations", column: "BusinessId", unique: true);
            migrationBuilder.CreateIndex(name: "IX_OutboxMails_DedupKey", table: "OutboxMails", column: "DedupKey", unique: true);
            migrationBuilder.CreateIndex(name: "IX_OutboxMails_Status_NextAttemptAt", table: "OutboxMails", columns: new[] { "Status", "NextAttemptAt" });
            migrationBuilder.CreateIndex(name: "IX_OutboxMails_TenantId_CreatedAt", table: "OutboxMails", columns: new[] { "TenantId", "CreatedAt" });
            migrationBuilder.CreateIndex(name: "IX_Themes_Key", table: "Themes", column: "Key", unique: true);
            migrationBuilder.CreateIndex(name: "IX_Votes_IdeaId", table: "Votes", column: "IdeaId");
            migrationBuilder.CreateIndex(name: "IX_Votes_TenantId_IdeaId_VoterId", table: "Votes", columns: new[] { "TenantId", "IdeaId", "VoterId" }, unique: true);
            migrationBuilder.CreateIndex(name: "IX_Votes_TenantId_VoterId", table: "Votes", columns: new[] { "TenantId", "VoterId" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
            migrationBuilder.DropTable(name: "Votes");
            migrationBuilder.DropTable(name: "Comments");
            migrationBuilder.DropTable(name: "Ideas");
            migrationBuilder.DropTable(name: "Categories");
            migrationBuilder.DropTable(name: "OrganisationMembers");
            migrationBuilder.DropTable(name: "CityRoleAssignments");
            migrationBuilder.DropTable(name: "AccessibilityFeedback");
            migrationBuilder.DropTable(name: "AspNetUserTokens");
            migrationBuilder.DropTable(name: "AspNetUserRoles");
            migrationBuilder.DropTable(name: "AspNetUserLogins");
            migrationBuilder.DropTable(name: "AspNetUserClaims");
            migrationBuilder.DropTable(name: "AspNetRoleClaims");
            migrationBuilder.DropTable(name: "Themes");
            migrationBuilder.DropTable(name: "OutboxMails");
            migrationBuilder.DropTable(name: "Organisations");
            migrationBuilder.DropTable(name: "DataProtectionKeys");
            migrationBuilder.DropTable(name: "Cities");
            migrationBuilder.DropTable(name: "AspNetUsers");
            migrationBuilder.DropTable(name: "AspNetRoles");
    }
}
