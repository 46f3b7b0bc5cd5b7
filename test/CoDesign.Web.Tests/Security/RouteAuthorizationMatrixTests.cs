using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoDesign.Domain.Notifications;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CoDesign.Web.Tests.Security;

/// <summary>
/// Every route of the app, read from its own endpoint list (pages with each of their handlers, API
/// operations with each of their methods), called by each of nine kinds of people on Helsinki's
/// routes with real Helsinki ids and valid forms and bodies. A route missing from <see cref="Table"/>
/// (or a line of the table with no route) fails the test, so a new route cannot be forgotten. Refused
/// people get the sign-in page / 401 or a 403 (problem details in the API), and a refused call that
/// would change something changes no row of any application table.
/// </summary>
public sealed partial class RouteAuthorizationMatrixTests(MatrixApp app, ITestOutputHelper output) : IClassFixture<MatrixApp>
{
    private const string Title = "Matriisin testi-idea katuvaloista";
    private const string Body = "Katuvalot syttyvät liian myöhään pyörätiellä; ehdotan ajastimen muuttamista.";

    /// <summary>
    /// The expected access of every operation. Order matters only for records a call uses up (a draft
    /// submitted, a comment deleted): each such line has records of its own.
    /// </summary>
    private static readonly MatrixRow[] Table =
    [
        // --- Pages open to everyone ---------------------------------------------------------
        new("GET /", Access.Public),
        new("GET /accessibility", Access.Public),
        new("POST /accessibility", Access.Public) { Form = _ => F("Input.Page", "/", "Input.Description", "Kontrasti on heikko.") },
        new("GET /language", Access.Public),
        new("POST /language", Access.Public) { Form = _ => F("lang", "fi") },
        new("GET /opendata", Access.Public),
        new("GET /error/{code:int?}", Access.Public) { Route = _ => R("code", "400"), AllowedAlso = S(400) },
        new("POST /error/{code:int?}", Access.Public) { Route = _ => R("code", "400"), AllowedAlso = S(400) },
        new("GET /unsubscribe/{token}", Access.Public) { AllowedAlso = S(400, 404) },
        new("POST /unsubscribe/{token}", Access.Public) { AllowedAlso = S(400, 404) },
        new("POST /unsubscribe/{token}?handler=Save", Access.Public) { Form = _ => F("choice[idea.comment]", "Never"), AllowedAlso = S(400, 404) },
        new("GET /{city}", Access.Public),
        new("GET /{city}/accessibility", Access.Public),
        new("POST /{city}/accessibility", Access.Public) { Form = _ => F("Input.Page", "/helsinki", "Input.Description", "Kartta ei toimi näppäimistöllä.") },
        new("GET /{city}/accountability", Access.Public),
        new("GET /{city}/ideas", Access.Public),
        new("GET /{city}/ideas/{id:guid}", Access.Public),

        // --- Account pages ---------------------------------------------------------------------
        new("GET /account/login", Access.Public),
        new("POST /account/login", Access.Public) { Form = _ => F("Input.Email", "nobody@example.fi", "Input.Password", "väärä salasana 123") },
        new("GET /account/register", Access.Public),
        new("POST /account/register", Access.Public) { Form = _ => F("Input.Email", "not-an-address") },
        new("GET /account/register/check-email", Access.Public),
        new("GET /account/confirm-email", Access.Public) { AllowedAlso = S(400) },
        new("POST /account/confirm-email", Access.Public) { Form = _ => F("UserId", Guid.NewGuid().ToString(), "Code", "bogus"), AllowedAlso = S(400) },
        new("GET /account/confirm-email-change", Access.Public) { AllowedAlso = S(400) },
        new("POST /account/confirm-email-change", Access.Public) { Form = _ => F("UserId", Guid.NewGuid().ToString(), "Email", "x@example.fi", "Code", "bogus"), AllowedAlso = S(400) },
        new("GET /account/resend-confirmation", Access.Public),
        new("POST /account/resend-confirmation", Access.Public) { Form = _ => F("Input.Email", "nobody@example.fi") },
        new("GET /account/forgot-password", Access.Public),
        new("POST /account/forgot-password", Access.Public) { Form = _ => F("Input.Email", "nobody@example.fi") },
        new("GET /account/reset-password", Access.Public) { AllowedAlso = S(400) },
        new("POST /account/reset-password", Access.Public) { Form = _ => F("Input.Email", "nobody@example.fi", "Input.Code", "bogus", "Input.Password", "Uusi-salasana-2026!", "Input.ConfirmPassword", "Uusi-salasana-2026!"), AllowedAlso = S(400) },
        new("GET /account/deleted", Access.Public),
        new("GET /account/logout", Access.Public),
        new("POST /account/logout", Access.Public) { EndsSession = true },
        new("GET /account/participation", Access.SignedIn),
        new("GET /account/manage", Access.SignedIn),
        new("POST /account/manage", Access.SignedIn) { Form = _ => F("Input.DisplayName", "Matriisin Maija", "Input.PreferredLanguage", "fi") },
        new("GET /account/manage/email", Access.SignedIn),
        new("POST /account/manage/email", Access.SignedIn) { Form = _ => F("Input.NewEmail", $"matrix-{Guid.NewGuid():N}@example.fi", "Input.CurrentPassword", Databases.DemoPassword) },
        new("GET /account/manage/password", Access.SignedIn),

        // A person with access gives a wrong current password: the session and password stay.
        new("POST /account/manage/password", Access.SignedIn) { Form = _ => F("Input.CurrentPassword", "väärä salasana 123", "Input.NewPassword", "Uusi-salasana-2026!", "Input.ConfirmPassword", "Uusi-salasana-2026!") },
        new("GET /account/manage/data", Access.SignedIn),
        new("GET /account/manage/data?handler=Download", Access.SignedIn),
        new("GET /account/manage/delete", Access.SignedIn),
        new("POST /account/manage/delete", Access.SignedIn) { Form = _ => F("Password", "väärä salasana 123", "Confirm", "true") },
        new("GET /account/notifications", Access.SignedIn),
        new("POST /account/notifications?handler=Read", Access.OwnerOrNoOp(Person.Participant)) { Form = ids => F("id", ids.NotificationId.ToString()) },
        new("POST /account/notifications?handler=ReadAll", Access.SignedIn),
        new("GET /account/notifications/settings", Access.SignedIn),
        new("POST /account/notifications/settings", Access.SignedIn) { Form = _ => F("choice[idea.comment]", "Daily") },
        new("GET /account/organisations", Access.SignedIn),
        new("POST /account/organisations?handler=Firm", Access.SignedIn) { Form = _ => F("FirmName", "Matriisi Oy", "BusinessId", "1234567-1"), AllowedAlso = S(409) },
        new("POST /account/organisations?handler=Community", Access.SignedIn) { Form = _ => F("CommunityName", "Matriisiseura", "CommunityType", "Association") },
        new("GET /account/organisations/join", Access.SignedIn),
        new("POST /account/organisations/join", Access.SignedIn) { Form = _ => F("Token", "bogus-token"), AllowedAlso = S(400, 404) },
        new("GET /account/organisations/{id:guid}", Access.Owner(Person.OrgMember)) { Route = ids => R("id", ids.FirmId.ToString()) },
        new("POST /account/organisations/{id:guid}?handler=Invite", Access.Owner(Person.OrgMember)) { Route = ids => R("id", ids.FirmId.ToString()), Form = ids => F("InviteEmail", $"matrix-{Guid.NewGuid():N}@example.fi") },

        // --- Taking part on an idea's page -------------------------------------------------------------
        new("GET /{city}/ideas/new", Access.SignedIn),
        new("POST /{city}/ideas/new?handler=Check", Access.SignedIn) { Form = ids => IdeaForm(ids) },
        new("POST /{city}/ideas/new?handler=Submit", Access.SignedIn) { Form = ids => IdeaForm(ids) },
        new("POST /{city}/ideas/new?handler=Draft", Access.SignedIn) { Form = ids => IdeaForm(ids) },
        new("POST /{city}/ideas/new?handler=Edit", Access.SignedIn) { Form = ids => IdeaForm(ids) },
        new("POST /{city}/ideas/{id:guid}?handler=Vote", Access.SignedIn),
        new("POST /{city}/ideas/{id:guid}?handler=Withdraw", Access.SignedIn),
        new("POST /{city}/ideas/{id:guid}?handler=Follow", Access.SignedIn),
        new("POST /{city}/ideas/{id:guid}?handler=Unfollow", Access.SignedIn),
        new("POST /{city}/ideas/{id:guid}?handler=Comment", Access.SignedIn) { Form = _ => F("CommentBody", "Hyvä ehdotus, kannatan.") },
        new("POST /{city}/ideas/{id:guid}?handler=EditComment", Access.Owner(Person.Participant)) { Form = ids => F("CommentId", ids.ParticipantComments[0].ToString(), "CommentBody", "Muokattu sivulla.") },
        new("POST /{city}/ideas/{id:guid}?handler=DeleteComment", Access.Owner(Person.Participant)) { Form = ids => F("CommentId", ids.ParticipantComments[1].ToString()) },
        new("POST /{city}/ideas/{id:guid}?handler=Report", Access.SignedIn) { Route = ids => R("id", ids.ReportIdea.ToString()), Form = _ => F("ReportReason", "Asiaton kielenkäyttö."), AllowedAlso = S(409) },
        new("POST /{city}/ideas/{id:guid}?handler=Respond", Access.Only(Person.Official)) { Form = _ => F("Answer.Status", "UnderReview", "Answer.TextFi", "Selvitämme asiaa.", "Answer.TextSv", "Vi utreder saken.", "Answer.TextEn", "We are looking into it.") },
        new("POST /{city}/ideas/{id:guid}?handler=Correct", Access.Only(Person.Official)) { Form = ids => F("Answer.ResponseId", ids.ResponseId.ToString(), "Answer.TextFi", "Korjattu vastaus.", "Answer.TextSv", "Rättat svar.", "Answer.TextEn", "Corrected answer.") },
        new("GET /{city}/ideas/assisted", Access.Only(Person.Official, Person.CityAdmin)),
        new("POST /{city}/ideas/assisted", Access.Only(Person.Official, Person.CityAdmin)) { Form = ids => F("Input.Title", Title, "Input.Body", Body, "Input.CategoryId", ids.CategoryId.ToString(), "Input.Language", "fi", "Input.Channel", "ServicePoint", "Input.ConsentNoted", "true") },

        // --- City staff pages ------------------------------------------------------------------------
        new("GET /{city}/admin", Access.Only(Person.Moderator, Person.Official, Person.CityAdmin)),
        new("GET /{city}/admin/settings", Access.Only(Person.CityAdmin)),
        new("POST /{city}/admin/settings", Access.Only(Person.CityAdmin)) { Form = SettingsForm },
        new("GET /{city}/admin/categories", Access.Only(Person.CityAdmin)),
        new("POST /{city}/admin/categories", Access.Only(Person.CityAdmin)) { Form = ids => F("CategoryId", ids.CategoryId.ToString(), "Input.Key", "matriisi-sivu", "Input.ThemeKey", "mobility", "Input.NameFi", "Matriisi", "Input.NameSv", "Matris", "Input.NameEn", "Matrix") },
        new("GET /{city}/admin/roles", Access.Only(Person.CityAdmin)),
        new("POST /{city}/admin/roles?handler=Grant", Access.Only(Person.CityAdmin)) { Form = ids => F("Email", ids.FreshEmails[0], "Role", "CityAdmin") },
        new("POST /{city}/admin/roles?handler=Revoke", Access.Only(Person.CityAdmin)) { Form = ids => F("AssignmentId", ids.Assignments[0].ToString()) },
        new("GET /{city}/admin/audit", Access.Only(Person.CityAdmin)),
        new("GET /{city}/admin/mail/{id:guid?}", Access.Only(Person.CityAdmin)) { Route = ids => R("id", ids.MailId.ToString()) },
        new("GET /{city}/admin/accountability", Access.Only(Person.Official)),
        new("GET /{city}/admin/moderation", Access.Only(Person.Moderator)),
        new("POST /{city}/admin/moderation?handler=Approve", Access.Only(Person.Moderator)) { Form = ids => F("IdeaId", ids.HideIdea.ToString()) },
        new("POST /{city}/admin/moderation?handler=Hide", Access.Only(Person.Moderator)) { Form = ids => F("IdeaId", ids.MainIdea.ToString(), "CommentId", ids.ModeratedComment.ToString(), "Reason", "Asiaton.") },
        new("POST /{city}/admin/moderation?handler=Restore", Access.Only(Person.Moderator)) { Form = ids => F("IdeaId", ids.MainIdea.ToString(), "CommentId", ids.ModeratedComment.ToString()) },
        new("POST /{city}/admin/moderation?handler=Dismiss", Access.Only(Person.Moderator)) { Form = ids => F("IdeaId", ids.ReportIdea.ToString()) },
        new("POST /{city}/admin/moderation?handler=Merge", Access.Only(Person.Moderator)) { Form = ids => F("IdeaId", ids.DuplicateIdea.ToString(), "MergeTarget", ids.MainIdea.ToString()) },

        new("GET /{city}/processes", Access.Public),
        new("GET /{city}/processes/{id:guid}", Access.Public) { Route = ids => R("id", ids.ProcessId.ToString()) },
        new("GET /{city}/workshops/{id:guid}", Access.Public) { Route = ids => R("id", ids.WorkshopId.ToString()) },
        new("POST /{city}/workshops/{id:guid}?handler=Register", Access.SignedIn) { Route = ids => R("id", ids.WorkshopId.ToString()) },
        new("POST /{city}/workshops/{id:guid}?handler=Cancel", Access.SignedIn) { Route = ids => R("id", ids.WorkshopId.ToString()) },
        new("GET /{city}/admin/workshops", Access.Only(Person.Official, Person.CityAdmin)),
        new("GET /{city}/admin/workshops/new", Access.Only(Person.Official, Person.CityAdmin)),
        new("POST /{city}/admin/workshops/new", Access.Only(Person.Official, Person.CityAdmin)) { Form = ids => WorkshopForm(ids) },
        new("GET /{city}/admin/workshops/{id:guid}", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => R("id", ids.WorkshopId.ToString()) },
        new("POST /{city}/admin/workshops/{id:guid}?handler=Save", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => R("id", ids.WorkshopId.ToString()), Form = ids => WorkshopForm(ids) },
        new("POST /{city}/admin/workshops/{id:guid}?handler=RegisterPerson", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => R("id", ids.WorkshopId.ToString()), Form = _ => F("Person.Name", "Sivulla Ilmoitettu", "Person.Phone", "040 111 2222", "Person.Language", "fi", "Person.ConsentNoted", "true") },
        new("POST /{city}/admin/workshops/{id:guid}?handler=CancelRegistration", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => R("id", ids.WorkshopId.ToString()), Form = ids => F("registrationId", ids.WorkshopRegistrationId.ToString()) },
        new("POST /{city}/admin/workshops/{id:guid}?handler=Attendance", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => R("id", ids.WorkshopId.ToString()), Form = _ => F("Total", "4") },
        new("POST /{city}/admin/workshops/{id:guid}?handler=Minutes", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => R("id", ids.WorkshopId.ToString()), Form = _ => F("MinutesFi", "Muistio.") },
        new("POST /{city}/admin/workshops/{id:guid}?handler=Ideas", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => R("id", ids.WorkshopId.ToString()) },
        new("POST /{city}/admin/workshops/{id:guid}?handler=CancelWorkshop", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => R("id", ids.CancelledWorkshopId.ToString()) },
        new("GET /{city}/admin/processes", Access.Only(Person.CityAdmin)),
        new("POST /{city}/admin/processes", Access.Only(Person.CityAdmin)) { Form = _ => ProcessForm() },
        new("GET /{city}/admin/processes/{id:guid}", Access.Only(Person.CityAdmin)) { Route = ids => R("id", ids.ProcessId.ToString()) },
        new("POST /{city}/admin/processes/{id:guid}?handler=Save", Access.Only(Person.CityAdmin)) { Route = ids => R("id", ids.ProcessId.ToString()), Form = _ => ProcessForm() },
        new("POST /{city}/admin/processes/{id:guid}?handler=AddPhase", Access.Only(Person.CityAdmin)) { Route = ids => R("id", ids.ProcessId.ToString()), Form = _ => F("Phase.Kind", "Info", "Phase.StartsOn", "2040-01-01", "Phase.EndsOn", "2040-01-10") },
        new("POST /{city}/admin/processes/{id:guid}?handler=ChangePhase", Access.Only(Person.CityAdmin)) { Route = ids => R("id", ids.ProcessId.ToString()), Form = ids => F("phaseId", ids.Phases[0].ToString(), "Phase.Kind", "Decide", "Phase.StartsOn", "2041-01-01", "Phase.EndsOn", "2041-01-05") },
        new("POST /{city}/admin/processes/{id:guid}?handler=MovePhase", Access.Only(Person.CityAdmin)) { Route = ids => R("id", ids.ProcessId.ToString()), Form = ids => F("phaseId", ids.Phases[1].ToString(), "earlier", "true") },
        new("POST /{city}/admin/processes/{id:guid}?handler=RemovePhase", Access.Only(Person.CityAdmin)) { Route = ids => R("id", ids.ProcessId.ToString()), Form = ids => F("phaseId", ids.Phases[2].ToString()) },
        new("POST /{city}/admin/processes/{id:guid}?handler=Publish", Access.Only(Person.CityAdmin)) { Route = ids => R("id", ids.ProcessId.ToString()), Form = _ => F("published", "true") },

        // --- Platform pages ---------------------------------------------------------------------------
        new("GET /coordination", Access.Only(Person.Coordinator, Person.PlatformAdmin)),
        new("GET /coordination/themes/{key}", Access.Only(Person.Coordinator, Person.PlatformAdmin)),
        new("GET /coordination/themes", Access.Only(Person.Coordinator)),
        new("POST /coordination/themes?handler=Add", Access.Only(Person.Coordinator)) { Form = _ => F("Input.Key", "matriisi-sivu", "Input.NameFi", "Matriisi", "Input.NameSv", "Matris", "Input.NameEn", "Matrix") },
        new("POST /coordination/themes?handler=Rename", Access.Only(Person.Coordinator)) { Form = ids => F("key", ids.Themes[0], "Input.NameFi", "Uusi nimi", "Input.NameSv", "Nytt namn", "Input.NameEn", "New name") },
        new("POST /coordination/themes?handler=Move", Access.Only(Person.Coordinator)) { Form = ids => F("key", ids.Themes[0], "direction", "-1") },
        new("POST /coordination/themes?handler=Delete", Access.Only(Person.Coordinator)) { Form = ids => F("key", ids.Themes[1]) },
        new("GET /admin/jobs", Access.Only(Person.PlatformAdmin)),
        new("POST /admin/jobs?handler=Run", Access.Only(Person.PlatformAdmin)) { Form = _ => F("job", "CoDesign.retention"), AllowedAlso = S(404) },
        new("GET /admin/mail/{id:guid?}", Access.Only(Person.PlatformAdmin)) { Route = ids => R("id", ids.MailId.ToString()) },

        // --- API: open ---------------------------------------------------------------------------------
        new("GET /openapi/{documentName}.json", Access.Public) { Route = _ => R("documentName", "v1") },
        new("GET /health/live", Access.Public),
        new("GET /health/ready", Access.Public),
        new("POST /api/v1/auth/login", Access.Public) { Json = _ => new { email = People.Email(Person.Participant), password = Databases.DemoPassword } },
        new("GET /api/v1/auth/me", Access.SignedIn),
        new("GET /api/v1/cities/", Access.Public),
        new("GET /api/v1/cities/{city}", Access.Public),
        new("GET /api/v1/cities/{city}/accountability", Access.Public),
        new("GET /api/v1/cities/{city}/processes/", Access.Public),
        new("GET /api/v1/cities/{city}/processes/{id:guid}", Access.Public) { Route = ids => R("id", ids.ProcessId.ToString()) },
        new("POST /api/v1/cities/{city}/processes/", Access.Only(Person.CityAdmin)) { Json = _ => ProcessBody() },
        new("PUT /api/v1/cities/{city}/processes/{id:guid}", Access.Only(Person.CityAdmin)) { Route = ids => R("id", ids.ProcessId.ToString()), Json = _ => ProcessBody() },
        new("POST /api/v1/cities/{city}/processes/{id:guid}/phases", Access.Only(Person.CityAdmin)) { Route = ids => R("id", ids.ProcessId.ToString()), Json = _ => new { kind = "Info", startsOn = "2042-01-01", endsOn = "2042-01-05" } },
        new("PUT /api/v1/cities/{city}/processes/{id:guid}/phases/{phaseId:guid}", Access.Only(Person.CityAdmin)) { Route = ids => new(StringComparer.Ordinal) { ["id"] = ids.ProcessId.ToString(), ["phaseId"] = ids.Phases[3].ToString() }, Json = _ => new { kind = "Deliver", startsOn = "2043-01-01", endsOn = "2043-01-05" } },
        new("POST /api/v1/cities/{city}/processes/{id:guid}/phases/{phaseId:guid}/move", Access.Only(Person.CityAdmin)) { Route = ids => new(StringComparer.Ordinal) { ["id"] = ids.ProcessId.ToString(), ["phaseId"] = ids.Phases[4].ToString() } },
        new("DELETE /api/v1/cities/{city}/processes/{id:guid}/phases/{phaseId:guid}", Access.Only(Person.CityAdmin)) { Route = ids => new(StringComparer.Ordinal) { ["id"] = ids.ProcessId.ToString(), ["phaseId"] = ids.Phases[5].ToString() } },
        new("POST /api/v1/cities/{city}/processes/{id:guid}/publish", Access.Only(Person.CityAdmin)) { Route = ids => R("id", ids.ProcessId.ToString()) },
        new("GET /api/v1/cities/{city}/processes/{processId:guid}/workshops/", Access.Public) { Route = ids => R("processId", ids.ProcessId.ToString()) },
        new("GET /api/v1/cities/{city}/processes/{processId:guid}/workshops/{id:guid}", Access.Public) { Route = ids => R2("processId", ids.ProcessId.ToString(), "id", ids.WorkshopId.ToString()) },
        new("PUT /api/v1/cities/{city}/processes/{processId:guid}/workshops/{id:guid}/registration", Access.SignedIn) { Route = ids => R2("processId", ids.ProcessId.ToString(), "id", ids.WorkshopId.ToString()) },
        new("DELETE /api/v1/cities/{city}/processes/{processId:guid}/workshops/{id:guid}/registration", Access.SignedIn) { Route = ids => R2("processId", ids.ProcessId.ToString(), "id", ids.WorkshopId.ToString()) },
        new("POST /api/v1/cities/{city}/processes/{processId:guid}/workshops/", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => R("processId", ids.ProcessId.ToString()), Json = _ => WorkshopBody() },
        new("PUT /api/v1/cities/{city}/processes/{processId:guid}/workshops/{id:guid}", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => R2("processId", ids.ProcessId.ToString(), "id", ids.WorkshopId.ToString()), Json = _ => WorkshopBody() },
        new("GET /api/v1/cities/{city}/processes/{processId:guid}/workshops/{id:guid}/registrations", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => R2("processId", ids.ProcessId.ToString(), "id", ids.WorkshopId.ToString()) },
        new("POST /api/v1/cities/{city}/processes/{processId:guid}/workshops/{id:guid}/registrations", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => R2("processId", ids.ProcessId.ToString(), "id", ids.WorkshopId.ToString()), Json = _ => new { name = "Puhelimessa Ilmoitettu", phone = "040 765 4321", language = "sv", consentNoted = true } },
        new("DELETE /api/v1/cities/{city}/processes/{processId:guid}/workshops/{id:guid}/registrations/{registrationId:guid}", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => new(StringComparer.Ordinal) { ["processId"] = ids.ProcessId.ToString(), ["id"] = ids.WorkshopId.ToString(), ["registrationId"] = ids.WorkshopRegistrationId.ToString() } },
        new("PUT /api/v1/cities/{city}/processes/{processId:guid}/workshops/{id:guid}/attendance", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => R2("processId", ids.ProcessId.ToString(), "id", ids.WorkshopId.ToString()), Json = _ => new { present = Array.Empty<Guid>(), total = 5 }, AllowedAlso = S(409) },
        new("PUT /api/v1/cities/{city}/processes/{processId:guid}/workshops/{id:guid}/minutes", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => R2("processId", ids.ProcessId.ToString(), "id", ids.WorkshopId.ToString()), Json = _ => new { fi = "Muistio." }, AllowedAlso = S(409) },
        new("PUT /api/v1/cities/{city}/processes/{processId:guid}/workshops/{id:guid}/ideas", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => R2("processId", ids.ProcessId.ToString(), "id", ids.WorkshopId.ToString()), Json = _ => new { ideaIds = Array.Empty<Guid>() } },
        new("POST /api/v1/cities/{city}/processes/{processId:guid}/workshops/{id:guid}/cancel", Access.Only(Person.Official, Person.CityAdmin)) { Route = ids => R2("processId", ids.ProcessId.ToString(), "id", ids.CancelledWorkshopId.ToString()) },
        new("GET /api/v1/cities/{city}/ideas/", Access.Public),
        new("GET /api/v1/cities/{city}/ideas/similar", Access.Public),
        new("GET /api/v1/cities/{city}/ideas/{id:guid}", Access.Public),
        new("GET /api/v1/cities/{city}/ideas/{id:guid}/also-proposed-in", Access.Public),
        new("GET /api/v1/cities/{city}/ideas/{id:guid}/responses", Access.Public),
        new("GET /api/v1/opendata/ideas.csv", Access.Public),
        new("GET /api/v1/opendata/ideas.json", Access.Public),

        // --- API: taking part ---------------------------------------------------------------------------
        new("POST /api/v1/cities/{city}/ideas/", Access.SignedIn) { Json = IdeaBody },
        new("POST /api/v1/cities/{city}/ideas/drafts", Access.SignedIn) { Json = IdeaBody },
        new("PUT /api/v1/cities/{city}/ideas/drafts/{id:guid}", Access.Owner(Person.Participant)) { Route = ids => R("id", ids.Drafts[0].ToString()), Json = IdeaBody },
        new("POST /api/v1/cities/{city}/ideas/drafts/{id:guid}/submit", Access.Owner(Person.Participant)) { Route = ids => R("id", ids.Drafts[1].ToString()), Json = IdeaBody },
        new("PUT /api/v1/cities/{city}/ideas/{id:guid}/vote", Access.SignedIn),
        new("DELETE /api/v1/cities/{city}/ideas/{id:guid}/vote", Access.SignedIn),
        new("PUT /api/v1/cities/{city}/ideas/{id:guid}/follow", Access.SignedIn),
        new("DELETE /api/v1/cities/{city}/ideas/{id:guid}/follow", Access.SignedIn),
        new("POST /api/v1/cities/{city}/ideas/{id:guid}/comments", Access.SignedIn) { Json = _ => new { body = "Kannatan, hyvä ajatus." } },
        new("PATCH /api/v1/cities/{city}/ideas/{id:guid}/comments/{commentId:guid}", Access.Owner(Person.Participant)) { Route = ids => R("commentId", ids.ParticipantComments[2].ToString()), Json = _ => new { body = "Muokattu rajapinnassa." } },
        new("DELETE /api/v1/cities/{city}/ideas/{id:guid}/comments/{commentId:guid}", Access.Owner(Person.Participant)) { Route = ids => R("commentId", ids.ParticipantComments[3].ToString()) },
        new("POST /api/v1/cities/{city}/ideas/{id:guid}/responses", Access.Only(Person.Official)) { Json = _ => new { status = "UnderReview", textFi = "Selvitämme.", textSv = "Vi utreder.", textEn = "We are looking into it." } },
        new("PUT /api/v1/cities/{city}/ideas/{id:guid}/responses/{responseId:guid}", Access.Only(Person.Official)) { Json = _ => new { textFi = "Korjattu.", textSv = "Rättat.", textEn = "Corrected." } },
        new("GET /api/v1/organisations/", Access.SignedIn),
        new("GET /api/v1/organisations/{id:guid}", Access.Owner(Person.OrgMember)) { Route = ids => R("id", ids.FirmId.ToString()) },
        new("POST /api/v1/organisations/firms", Access.SignedIn) { Json = _ => new { name = "Matriisi API Oy", businessId = "7654321-2" }, AllowedAlso = S(409) },
        new("POST /api/v1/organisations/communities", Access.SignedIn) { Json = _ => new { name = "Matriisin kyläyhdistys", type = "VillageSociety" } },
        new("POST /api/v1/organisations/{id:guid}/invitations", Access.Owner(Person.OrgMember)) { Route = ids => R("id", ids.FirmId.ToString()), Json = _ => new { email = $"matrix-{Guid.NewGuid():N}@example.fi", language = "fi" } },
        new("POST /api/v1/organisations/invitations/accept", Access.SignedIn) { Json = _ => new { token = "bogus-token" }, AllowedAlso = S(400, 404) },
        new("GET /api/v1/me/notifications", Access.SignedIn),
        new("POST /api/v1/me/notifications/{id:guid}/read", Access.OwnerOrNoOp(Person.Participant)) { Route = ids => R("id", ids.NotificationId.ToString()) },
        new("POST /api/v1/me/notifications/read-all", Access.SignedIn),
        new("GET /api/v1/me/notification-preferences", Access.SignedIn),
        new("PUT /api/v1/me/notification-preferences", Access.SignedIn) { Json = _ => new Dictionary<string, string> { ["idea.comment"] = "Weekly" } },
        new("GET /api/v1/me/data", Access.SignedIn),

        // --- API: city staff ------------------------------------------------------------------------------
        new("GET /api/v1/cities/{city}/admin/settings", Access.Only(Person.CityAdmin)),
        new("PUT /api/v1/cities/{city}/admin/settings", Access.Only(Person.CityAdmin)) { Json = ids => LongerResponseTime(ids.Settings) },
        new("GET /api/v1/cities/{city}/admin/categories", Access.Only(Person.CityAdmin)),
        new("POST /api/v1/cities/{city}/admin/categories", Access.Only(Person.CityAdmin)) { Json = _ => new { key = "matriisi-api", themeKey = "mobility", nameFi = "Matriisi", nameSv = "Matris", nameEn = "Matrix" } },
        new("PUT /api/v1/cities/{city}/admin/categories/{categoryId:guid}", Access.Only(Person.CityAdmin)) { Json = _ => new { key = "matriisi-muutettu", themeKey = "mobility", nameFi = "Muutettu", nameSv = "Ändrad", nameEn = "Changed" } },
        new("GET /api/v1/cities/{city}/admin/roles", Access.Only(Person.CityAdmin)),
        new("POST /api/v1/cities/{city}/admin/roles", Access.Only(Person.CityAdmin)) { Json = ids => new { email = ids.FreshEmails[1], role = "CityAdmin" } },
        new("DELETE /api/v1/cities/{city}/admin/roles/{assignmentId:guid}", Access.Only(Person.CityAdmin)) { Route = ids => R("assignmentId", ids.Assignments[1].ToString()) },
        new("GET /api/v1/cities/{city}/admin/audit", Access.Only(Person.CityAdmin)),
        new("GET /api/v1/cities/{city}/admin/moderation", Access.Only(Person.Moderator)),
        new("POST /api/v1/cities/{city}/admin/ideas/{id:guid}/approve", Access.Only(Person.Moderator)) { Route = ids => R("id", ids.HideIdea.ToString()), AllowedAlso = S(409) },
        new("POST /api/v1/cities/{city}/admin/ideas/{id:guid}/hide", Access.Only(Person.Moderator)) { Route = ids => R("id", ids.HideIdea.ToString()), Json = _ => new { reason = "Asiaton." }, AllowedAlso = S(409) },
        new("POST /api/v1/cities/{city}/admin/ideas/{id:guid}/restore", Access.Only(Person.Moderator)) { Route = ids => R("id", ids.HideIdea.ToString()), AllowedAlso = S(409) },
        new("POST /api/v1/cities/{city}/admin/ideas/{id:guid}/dismiss-reports", Access.Only(Person.Moderator)) { Route = ids => R("id", ids.ReportIdea.ToString()) },
        new("POST /api/v1/cities/{city}/admin/comments/{commentId:guid}/hide", Access.Only(Person.Moderator)) { Json = _ => new { reason = "Asiaton." }, AllowedAlso = S(409) },
        new("POST /api/v1/cities/{city}/admin/comments/{commentId:guid}/restore", Access.Only(Person.Moderator)) { AllowedAlso = S(409) },
        new("POST /api/v1/cities/{city}/admin/ideas/{id:guid}/merge", Access.Only(Person.Moderator)) { Route = ids => R("id", ids.DuplicateIdea.ToString()), Json = ids => new { survivorId = ids.MainIdea }, AllowedAlso = S(409) },
        new("GET /api/v1/cities/{city}/admin/accountability", Access.Only(Person.Official)),

        // --- API: coordination ------------------------------------------------------------------------------
        new("GET /api/v1/coordination/dashboard", Access.Only(Person.Coordinator, Person.PlatformAdmin)),
        new("GET /api/v1/coordination/themes/{key}", Access.Only(Person.Coordinator, Person.PlatformAdmin)),
        new("GET /api/v1/coordination/themes", Access.Only(Person.Coordinator)),
        new("POST /api/v1/coordination/themes", Access.Only(Person.Coordinator)) { Json = _ => new { key = "matriisi-api", nameFi = "Matriisi", nameSv = "Matris", nameEn = "Matrix" } },
        new("PUT /api/v1/coordination/themes/{key}", Access.Only(Person.Coordinator)) { Route = ids => R("key", ids.Themes[0]), Json = ids => new { key = ids.Themes[0], nameFi = "Toinen nimi", nameSv = "Annat namn", nameEn = "Other name" } },
        new("POST /api/v1/coordination/themes/{key}/move", Access.Only(Person.Coordinator)) { Route = ids => R("key", ids.Themes[0]), Json = _ => new { direction = 1 } },
        new("DELETE /api/v1/coordination/themes/{key}", Access.Only(Person.Coordinator)) { Route = ids => R("key", ids.Themes[2]) },
    ];

    [Fact]
    public async Task EveryRoute_ForEveryKindOfPerson_HasTheExpectedOutcome_AndRefusalsChangeNothing()
    {
        var operations = Operations();

        // The table and the app list the same operations: none forgotten, none left over.
        var keys = Table.Select(r => r.Key).ToList();
        keys.ShouldBeUnique();
        operations.Except(keys).Order(StringComparer.Ordinal).ShouldBeEmpty("routes of the app missing from the table");
        keys.Except(operations).Order(StringComparer.Ordinal).ShouldBeEmpty("lines of the table with no route in the app");

        var sessions = new Dictionary<Person, PersonSession>();
        foreach (var person in People.All)
        {
            sessions[person] = await PersonSession.StartAsync(app, person);
        }

        var ids = await ArrangeAsync(sessions);
        var failures = new List<string>();
        var requests = 0;
        var seen = new List<string>();
        var initial = await DatabaseFingerprint.TakeAsync(app);
        var fingerprinted = 0;
        IReadOnlyDictionary<string, string>? last = null;
        foreach (var row in Table)
        {
            var (method, pattern, handler) = Split(row.Key);
            var url = Fill(pattern, row, ids) + (handler is null ? string.Empty : $"?handler={handler}");
            var isApi = pattern.StartsWith("/api/", StringComparison.Ordinal);
            var writes = method != "GET";

            // Refused people first, so the records are still as arranged; then the people with access.
            foreach (var person in People.All.OrderBy(p => row.Access.Allowed.Contains(p)))
            {
                var allowed = row.Access.Allowed.Contains(person);
                var checkDatabase = writes && !allowed;
                var before = checkDatabase ? last ?? await DatabaseFingerprint.TakeAsync(app) : null;
                using var response = await sessions[person].SendAsync(method, url, isApi ? row.Json?.Invoke(ids) : null, isApi ? null : row.Form?.Invoke(ids), isApi);
                requests++;
                var status = (int)response.StatusCode;
                seen.Add($"{row.Key} {person}={status}");
                var location = response.Headers.Location?.ToString() ?? string.Empty;
                var what = $"{row.Key} as {person} ({row.Access})";
                var verdict = allowed ? CheckAllowed(row, method, status, location)
                    : person == Person.Anonymous ? CheckAnonymous(isApi, status, location)
                    : CheckRefused(row, isApi, status);
                if (verdict is not null)
                {
                    failures.Add($"{what}: {verdict}{(status >= 500 ? " " + await response.Content.ReadAsStringAsync() : string.Empty)}");
                }

                if (isApi && !allowed && status is 401 or 403 && !await IsProblemAsync(response))
                {
                    failures.Add($"{what}: {status} without problem details and a code");
                }

                if (checkDatabase)
                {
                    var after = await DatabaseFingerprint.TakeAsync(app);
                    fingerprinted++;
                    var changed = DatabaseFingerprint.Changed(before!, after);
                    if (changed.Count > 0)
                    {
                        failures.Add($"{what}: refused with {status} but changed {string.Join(", ", changed)}");
                    }

                    last = after;
                }
                else
                {
                    last = null;
                }

                if (allowed && row.EndsSession && person != Person.Anonymous)
                {
                    sessions[person].Dispose();
                    sessions[person] = await PersonSession.StartAsync(app, person);
                }
            }
        }

        output.WriteLine($"{operations.Count} operations ({Table.Count(r => r.Key.StartsWith("GET", StringComparison.Ordinal))} reads), {People.All.Count} kinds of people, {requests} requests, {fingerprinted} refused writes fingerprinted.");
        foreach (var line in seen)
        {
            output.WriteLine(line);
        }

        failures.ShouldBeEmpty();

        // The fingerprint does see writes: those of the people with access show in it.
        string[] written = ["Ideas", "Comments", "CityRoleAssignments", "Categories", "Cities", "ContentReports", "IdeaResponses", "Organisations", "Themes", "Notifications", "AuditEntries"];
        written.ShouldBeSubsetOf(DatabaseFingerprint.Changed(initial, await DatabaseFingerprint.TakeAsync(app)));
        requests.ShouldBe(Table.Length * People.All.Count);
        foreach (var session in sessions.Values)
        {
            session.Dispose();
        }
    }

    private static string? CheckAllowed(MatrixRow row, string method, int status, string location)
    {
        if (row.AllowedAlso.Contains(status))
        {
            return null;
        }

        if (status is 302 or 303 && location.Contains("/account/login", StringComparison.OrdinalIgnoreCase))
        {
            return $"sent to sign in ({location}), expected access";
        }

        var ok = method == "GET" ? status == 200 : status is (>= 200 and < 300) or 302 or 303;
        return ok ? null : $"{status}, expected access{(method == "GET" ? " (200)" : string.Empty)}";
    }

    private static string? CheckAnonymous(bool isApi, int status, string location)
    {
        if (isApi)
        {
            return status == 401 ? null : $"{status}, expected 401";
        }

        return status == 302 && location.Contains("/account/login", StringComparison.OrdinalIgnoreCase) ? null : $"{status} {location}, expected the sign-in page";
    }

    private static string? CheckRefused(MatrixRow row, bool isApi, int status)
    {
        if (row.Access.Denied.Contains(status))
        {
            return null;
        }

        // Someone else's record: a call that answers like success is fine as long as it changed nothing (checked after).
        if (row.Access.NoOpForOthers && status is >= 200 and < 400)
        {
            return null;
        }

        return $"{status}, expected {string.Join(" or ", row.Access.Denied)}{(isApi ? " problem details" : string.Empty)}";
    }

    private static async Task<bool> IsProblemAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("code", out var code) && code.GetString()?.StartsWith("CoDesign:", StringComparison.Ordinal) == true;
    }

    /// <summary>Every operation the app serves: "METHOD /pattern" plus "?handler=Name" for a named page handler.</summary>
    private List<string> Operations()
    {
        var result = new List<string>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page)
            {
                // A page without handler methods still answers GET (it just renders).
                result.AddRange(page.HandlerMethods.Count == 0 ? [$"GET {pattern}"] : page.HandlerMethods.Select(h => $"{h.HttpMethod.ToUpperInvariant()} {pattern}{(string.IsNullOrEmpty(h.Name) ? string.Empty : "?handler=" + h.Name)}"));
                continue;
            }

            endpoint.Metadata.GetMetadata<PageActionDescriptor>().ShouldBeNull($"{pattern}: a page whose handlers cannot be read");

            // Endpoints without method metadata (health checks) answer any method; reading is what they are for.
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            result.AddRange(methods.Select(m => $"{m} {pattern}"));
        }

        return result.Distinct().ToList();
    }

    private static (string Method, string Pattern, string? Handler) Split(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        var rest = key[(space + 1)..];
        var q = rest.IndexOf("?handler=", StringComparison.Ordinal);
        return q < 0 ? (key[..space], rest, null) : (key[..space], rest[..q], rest[(q + "?handler=".Length)..]);
    }

    private static string Fill(string pattern, MatrixRow row, MatrixIds ids)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["city"] = "helsinki",
            ["id"] = ids.MainIdea.ToString(),
            ["commentId"] = ids.ModeratedComment.ToString(),
            ["responseId"] = ids.ResponseId.ToString(),
            ["categoryId"] = ids.CategoryId.ToString(),
            ["key"] = "mobility",
            ["token"] = "bogus-unsubscribe-token",
        };
        foreach (var (k, v) in row.Route?.Invoke(ids) ?? [])
        {
            values[k] = v;
        }

        // Optional parameters nobody gave are left out with their slash.
        var url = RouteParameter().Replace(pattern, m => values.TryGetValue(m.Groups["name"].Value, out var v) ? Uri.EscapeDataString(v) : m.Groups["optional"].Success ? "\u0000" : throw new InvalidOperationException($"No value for {m.Value} in {pattern}."));
        return url.Replace("/\u0000", string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}?]*)?(?<optional>\?)?\}")]
    private static partial Regex RouteParameter();

    private static List<KeyValuePair<string, string>> F(params string[] pairs)
    {
        var result = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            result.Add(new(pairs[i], pairs[i + 1]));
        }

        return result;
    }

    private static Dictionary<string, string> R(string name, string value) => new(StringComparer.Ordinal) { [name] = value };

    private static Dictionary<string, string> R2(string name, string value, string name2, string value2) => new(StringComparer.Ordinal) { [name] = value, [name2] = value2 };

    private static Application.Workshops.WorkshopInput WorkshopBody() => Workshops.WorkshopApiTests.Input(new DateOnly(2039, 5, 12), 40);

    private static List<KeyValuePair<string, string>> WorkshopForm(MatrixIds ids) =>
        F("process", ids.ProcessId.ToString(), "Form.TitleFi", "Matriisin työpaja", "Form.TitleSv", "Matrisens verkstad", "Form.TitleEn", "The matrix workshop",
            "Form.DescriptionFi", "Kuvaus.", "Form.DescriptionSv", "Beskrivning.", "Form.DescriptionEn", "Description.", "Form.Format", "InPerson",
            "Form.Venue", "Pääkirjasto", "Form.Address", "Kirjastonkatu 1", "Form.Date", "2039-05-13", "Form.StartTime", "17:00", "Form.EndTime", "19:00",
            "Form.Capacity", "30", "Form.Languages", "fi");

    private static HashSet<int> S(params int[] statuses) => [.. statuses];

    private static List<KeyValuePair<string, string>> ProcessForm() =>
        F("Form.TitleFi", "Matriisin prosessi", "Form.TitleSv", "Matrisens process", "Form.TitleEn", "The matrix process",
            "Form.QuestionFi", "Mitä?", "Form.QuestionSv", "Vad?", "Form.QuestionEn", "What?",
            "Form.DescriptionFi", "Kuvaus.", "Form.DescriptionSv", "Beskrivning.", "Form.DescriptionEn", "Description.");

    private static object ProcessBody() => new
    {
        titleFi = "Matriisin prosessi", titleSv = "Matrisens process", titleEn = "The matrix process",
        questionFi = "Mitä?", questionSv = "Vad?", questionEn = "What?",
        descriptionFi = "Kuvaus.", descriptionSv = "Beskrivning.", descriptionEn = "Description.",
    };

    private static List<KeyValuePair<string, string>> IdeaForm(MatrixIds ids) =>
        F("Input.Title", Title, "Input.Body", Body, "Input.CategoryId", ids.CategoryId.ToString(), "Input.Language", "fi");

    private static object IdeaBody(MatrixIds ids) => new { title = Title, body = Body, categoryId = ids.CategoryId, language = "fi" };

    /// <summary>The city's settings as they are, with a longer response time (so a refused save would show).</summary>
    private static List<KeyValuePair<string, string>> SettingsForm(MatrixIds ids)
    {
        var s = ids.Settings;
        var form = F(
            "Input.VotingOpen", s["votingOpen"]!.GetValue<bool>() ? "true" : "false",
            "Input.ActiveVoteCap", s["activeVoteCap"]?.ToString() ?? string.Empty,
            "Input.SupportThreshold", s["supportThreshold"]!.ToString(),
            "Input.ResponseDays", (s["responseDays"]!.GetValue<int>() + 7).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "Input.ModerationMode", s["moderationMode"]!.GetValue<string>(),
            "Input.ReportsToHide", s["reportsToHide"]!.ToString(),
            "Input.DigestTime", $"{s["digestHour"]!.GetValue<int>():00}:{s["digestMinute"]!.GetValue<int>():00}");
        form.AddRange(s["languages"]!.AsArray().Select(l => new KeyValuePair<string, string>("Input.Languages", l!.GetValue<string>())));
        return form;
    }

    private static JsonObject LongerResponseTime(JsonObject settings)
    {
        var changed = settings.DeepClone().AsObject();
        changed["responseDays"] = settings["responseDays"]!.GetValue<int>() + 7;
        return changed;
    }

    /// <summary>Records of Helsinki made for the matrix: ideas, comments, drafts, a response, role assignments, a notification, a mail.</summary>
    private async Task<MatrixIds> ArrangeAsync(Dictionary<Person, PersonSession> sessions)
    {
        var ids = new MatrixIds();
        await using var services = TestServices.Create(app.Database.Provider, app.Database.ConnectionString);
        var city = await services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.IgnoreQueryFilters().SingleAsync(c => c.Slug == "helsinki"));
        ids.CityId = city.Id;
        ids.MainIdea = await TestData.NewIdeaAsync(services, city, "Matriisin pääidea: lisää penkkejä puistoon");
        ids.HideIdea = await TestData.NewIdeaAsync(services, city, "Matriisin piilotettava idea");
        ids.DuplicateIdea = await TestData.NewIdeaAsync(services, city, "Matriisin kaksoiskappale");
        ids.ReportIdea = await TestData.NewIdeaAsync(services, city, "Matriisin ilmoitettava idea");
        ids.CategoryId = await services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Categories.IgnoreQueryFilters()
            .Where(c => c.TenantId == city.Id).OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync());

        var participant = sessions[Person.Participant].Api;
        for (var i = 0; i < 4; i++)
        {
            ids.ParticipantComments.Add(await CreatedIdAsync(participant, $"/api/v1/cities/helsinki/ideas/{ids.MainIdea}/comments", new { body = $"Oma kommenttini {i}" }));
        }

        ids.ModeratedComment = await CreatedIdAsync(sessions[Person.OrgMember].Api, $"/api/v1/cities/helsinki/ideas/{ids.MainIdea}/comments", new { body = "Yrityksen kommentti" });
        for (var i = 0; i < 2; i++)
        {
            ids.Drafts.Add(await CreatedIdAsync(participant, "/api/v1/cities/helsinki/ideas/drafts", IdeaBody(ids)));
        }

        ids.ResponseId = await CreatedIdAsync(sessions[Person.Official].Api, $"/api/v1/cities/helsinki/ideas/{ids.MainIdea}/responses", new { status = "UnderReview", textFi = "Otamme käsittelyyn.", textSv = "Vi tar upp saken.", textEn = "We will look into it." });

        var fresh = await TestData.NewUsersAsync(services, 4);
        ids.FreshEmails.AddRange(fresh.Select(id => $"user-{id:N}@test.codesign.fi"));
        var admin = sessions[Person.CityAdmin].Api;
        foreach (var email in ids.FreshEmails.Skip(2))
        {
            using var granted = await admin.PostAsJsonAsync("/api/v1/cities/helsinki/admin/roles", new { email, role = "Moderator" });
            granted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var roles = await admin.GetFromJsonAsync<JsonElement>("/api/v1/cities/helsinki/admin/roles");
        ids.Assignments.AddRange(ids.FreshEmails.Skip(2).Select(e => roles.EnumerateArray().Single(r => r.GetProperty("email").GetString() == e).GetProperty("id").GetGuid()));
        ids.Settings = (await admin.GetFromJsonAsync<JsonObject>("/api/v1/cities/helsinki/admin/settings"))!;
        ids.ProcessId = await CreatedIdAsync(admin, "/api/v1/cities/helsinki/processes", ProcessBody());
        for (var year = 2030; year < 2036; year++)
        {
            ids.Phases.Add(await CreatedIdAsync(admin, $"/api/v1/cities/helsinki/processes/{ids.ProcessId}/phases", new { kind = "Ideas", startsOn = $"{year}-03-01", endsOn = $"{year}-03-31" }));
        }

        (await admin.PostAsync(new Uri($"/api/v1/cities/helsinki/processes/{ids.ProcessId}/publish", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        ids.WorkshopId = await CreatedIdAsync(admin, $"/api/v1/cities/helsinki/processes/{ids.ProcessId}/workshops", WorkshopBody());
        ids.CancelledWorkshopId = await CreatedIdAsync(admin, $"/api/v1/cities/helsinki/processes/{ids.ProcessId}/workshops", WorkshopBody());
        using (var person = await admin.PostAsJsonAsync($"/api/v1/cities/helsinki/processes/{ids.ProcessId}/workshops/{ids.WorkshopId}/registrations", new { name = "Matriisi Henkilö", phone = "040 123 4567", language = "fi", consentNoted = true }))
        {
            person.StatusCode.ShouldBe(HttpStatusCode.OK);
            ids.WorkshopRegistrationId = (await person.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registrationId").GetGuid();
        }

        foreach (var key in new[] { "matriisi-nimetaan", "matriisi-poistetaan-sivulla", "matriisi-poistetaan-apissa" })
        {
            using var theme = await sessions[Person.Coordinator].Api.PostAsJsonAsync("/api/v1/coordination/themes", new { key, nameFi = "Matriisi " + key, nameSv = "Matris " + key, nameEn = "Matrix " + key });
            theme.StatusCode.ShouldBe(HttpStatusCode.Created, await theme.Content.ReadAsStringAsync());
            ids.Themes.Add(key);
        }

        var participantId = await services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.Where(u => u.Email == People.Email(Person.Participant)).Select(u => u.Id).SingleAsync());
        var memberId = await services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.Where(u => u.Email == People.Email(Person.OrgMember)).Select(u => u.Id).SingleAsync());
        ids.FirmId = await services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().OrganisationMembers.Where(m => m.UserId == memberId).Select(m => m.OrganisationId).FirstAsync());
        using (services.Tenant.Change(city.Id, city.Slug))
        {
            (ids.NotificationId, ids.MailId) = await services.RunAsync(async sp =>
            {
                var db = sp.GetRequiredService<CoDesignDbContext>();
                var notification = new Notification(Guid.NewGuid(), city.Id, participantId, NotificationKinds.Comment, ids.MainIdea, ids.ModeratedComment, DateTime.UtcNow);
                var mail = new OutboxMail(Guid.NewGuid(), city.Id, "matriisi@example.fi", "Matriisin viesti", "Teksti.", null, "test", "matrix-" + Guid.NewGuid().ToString("N"), DateTime.UtcNow);
                db.Notifications.Add(notification);
                db.OutboxMails.Add(mail);
                await db.SaveChangesAsync();
                return (notification.Id, mail.Id);
            });
        }

        return ids;
    }

    private static async Task<Guid> CreatedIdAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
