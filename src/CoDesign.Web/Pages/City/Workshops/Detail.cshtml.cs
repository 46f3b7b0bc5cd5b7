using CoDesign.Application.Localization;
using CoDesign.Application.Workshops;
using CoDesign.Domain.Errors;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Workshops;

/// <summary>A workshop: when and where, for whom, how full; register or cancel (plain forms, no script needed); minutes and ideas afterwards.</summary>
public sealed class WorkshopDetailModel(WorkshopAppService workshops, PageTexts texts) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public WorkshopDetailDto Workshop { get; private set; } = null!;

    [TempData]
    public string? Done { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Workshop = await workshops.GetAsync(Id, Languages.Current, ct);

    public Task<IActionResult> OnPostRegisterAsync(CancellationToken ct) =>
        ActAsync(async () =>
        {
            var result = await workshops.RegisterAsync(Id, Languages.Current, ct);
            return result.Status == "Confirmed" ? "Workshops.Registered" : "Workshops.Waitlisted";
        }, ct);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) =>
        ActAsync(async () =>
        {
            await workshops.CancelAsync(Id, ct);
            return "Workshops.RegistrationCancelled";
        }, ct);

    private async Task<IActionResult> ActAsync(Func<Task<string>> action, CancellationToken ct)
    {
        try
        {
            Done = await action();
            return Redirect($"{Request.Path}#registration");
        }
        catch (BusinessException ex) when (ex.Code is not (ErrorCodes.NotFound or ErrorCodes.Forbidden or ErrorCodes.Unauthenticated))
        {
            Error = texts.Error(ex);
            Workshop = await workshops.GetAsync(Id, Languages.Current, ct);
            return Page();
        }
    }
}
