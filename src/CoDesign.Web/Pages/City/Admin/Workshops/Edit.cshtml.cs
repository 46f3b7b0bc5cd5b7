using CoDesign.Application.Localization;
using CoDesign.Application.Workshops;
using CoDesign.Domain.Errors;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Admin.Workshops;

/// <summary>A person registered by staff, as the form posts it.</summary>
public sealed class AssistedForm
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Language { get; set; } = "fi";

    public bool ConsentNoted { get; set; }
}

/// <summary>Staff: a workshop's details, its seats and waiting list, people registered for others, attendance, minutes and ideas; calling it off.</summary>
public sealed class EditWorkshopModel(WorkshopAdminAppService admin, PageTexts texts) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public WorkshopEditDto Workshop { get; private set; } = null!;

    [BindProperty]
    public WorkshopForm Form { get; set; } = new();

    [BindProperty]
    public AssistedForm Person { get; set; } = new();

    [BindProperty]
    public List<Guid> Present { get; set; } = [];

    [BindProperty]
    public int? Total { get; set; }

    [BindProperty]
    public string? MinutesFi { get; set; }

    [BindProperty]
    public string? MinutesSv { get; set; }

    [BindProperty]
    public string? MinutesEn { get; set; }

    [BindProperty]
    public List<Guid> IdeaIds { get; set; } = [];

    [TempData(Key = "WorkshopSaved")]
    public bool Saved { get; set; }

    [TempData(Key = "WorkshopDone")]
    public string? Done { get; set; }

    /// <summary>The section a refused form belongs to, where its message is shown.</summary>
    public string? ErrorAt { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(keepForms: false, ct);

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) =>
        RunAsync("details", "Form.", () => admin.UpdateAsync(Id, Form.ToInput(), ct), "Workshops.Admin.Saved", ct);

    public Task<IActionResult> OnPostCancelWorkshopAsync(CancellationToken ct) =>
        RunAsync("top", string.Empty, () => admin.CancelWorkshopAsync(Id, ct), "Workshops.Admin.CancelledDone", ct);

    public Task<IActionResult> OnPostRegisterPersonAsync(CancellationToken ct) =>
        RunAsync("assisted", "Person.", async () =>
        {
            var result = await admin.RegisterAssistedAsync(Id, new AssistedRegistrationInput(Person.Name, Person.Email, Person.Phone, Person.Language, Person.ConsentNoted), ct);
            Done = result.Status == "Confirmed" ? "Workshops.Admin.PersonRegistered" : "Workshops.Admin.PersonWaitlisted";
        }, null, ct);

    public Task<IActionResult> OnPostCancelRegistrationAsync(Guid registrationId, CancellationToken ct) =>
        RunAsync("registrations", string.Empty, () => admin.CancelRegistrationAsync(Id, registrationId, ct), "Workshops.Admin.RegistrationCancelled", ct);

    public Task<IActionResult> OnPostAttendanceAsync(CancellationToken ct) =>
        RunAsync("attendance", string.Empty, () => admin.RecordAttendanceAsync(Id, Present, Total ?? -1, ct), "Workshops.Admin.AttendanceSaved", ct);

    public Task<IActionResult> OnPostMinutesAsync(CancellationToken ct) =>
        RunAsync("minutes", string.Empty, () => admin.PublishMinutesAsync(Id, MinutesFi, MinutesSv, MinutesEn, ct), "Workshops.Admin.MinutesSaved", ct);

    public Task<IActionResult> OnPostIdeasAsync(CancellationToken ct) =>
        RunAsync("ideas", string.Empty, () => admin.SetIdeasAsync(Id, IdeaIds, ct), "Workshops.Admin.IdeasSaved", ct);

    public bool ErrorIn(string section) => ErrorAt == section && !ModelState.IsValid;

    private async Task<IActionResult> RunAsync(string section, string prefix, Func<Task> change, string? doneKey, CancellationToken ct)
    {
        try
        {
            await change();
            if (doneKey is not null)
            {
                Done = doneKey;
            }

            return Redirect($"/{RouteData.Values["city"]}/admin/workshops/{Id}#{section}");
        }
        catch (BusinessException ex) when (ex.Code is not (ErrorCodes.Forbidden or ErrorCodes.Unauthenticated or ErrorCodes.NotFound))
        {
            WorkshopErrors.Add(ModelState, ex, texts, prefix);
            ErrorAt = section;
            await LoadAsync(keepForms: true, ct);
            if (section != "details")
            {
                Form = WorkshopForm.From(Workshop.Input);
            }

            return Page();
        }
    }

    private async Task LoadAsync(bool keepForms, CancellationToken ct)
    {
        Workshop = await admin.GetForEditAsync(Id, Languages.Current, ct);
        if (!keepForms)
        {
            Form = WorkshopForm.From(Workshop.Input);
            (MinutesFi, MinutesSv, MinutesEn) = (Workshop.MinutesFi, Workshop.MinutesSv, Workshop.MinutesEn);
            Total = Workshop.AttendanceCount;
            IdeaIds = Workshop.LinkedIdeaIds.ToList();
            Present = Workshop.Registrations.Where(r => r.Attended).Select(r => r.Id).ToList();
        }
    }
}
