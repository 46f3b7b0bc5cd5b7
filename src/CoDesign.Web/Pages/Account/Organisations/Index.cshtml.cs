using CoDesign.Application.Organisations;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Organisations;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account.Organisations;

/// <summary>The person's organisations, and founding a firm or a community.</summary>
public sealed class OrganisationsIndexModel(OrganisationAppService organisations, PageTexts texts) : PageModel
{
    public IReadOnlyList<OrganisationDto> Mine { get; private set; } = [];

    [BindProperty]
    public string? FirmName { get; set; }

    [BindProperty]
    public string? BusinessId { get; set; }

    [BindProperty]
    public string? CommunityName { get; set; }

    [BindProperty]
    public CommunityType? CommunityType { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Mine = await organisations.MineAsync(ct);

    public Task<IActionResult> OnPostFirmAsync(CancellationToken ct) =>
        CreateAsync(() => organisations.CreateFirmAsync(FirmName ?? string.Empty, BusinessId ?? string.Empty, ct), "FirmName", "BusinessId", ct);

    public Task<IActionResult> OnPostCommunityAsync(CancellationToken ct) =>
        CreateAsync(() => organisations.CreateCommunityAsync(CommunityName ?? string.Empty, CommunityType ?? Domain.Organisations.CommunityType.Association, ct), "CommunityName", "CommunityType", ct);

    private async Task<IActionResult> CreateAsync(Func<Task<Guid>> create, string nameField, string otherField, CancellationToken ct)
    {
        try
        {
            var id = await create();
            return Redirect($"/account/organisations/{id}");
        }
        catch (BusinessException ex) when (ex.Code is not (ErrorCodes.Unauthenticated or ErrorCodes.Forbidden))
        {
            ModelState.AddModelError(ex.Field is "Name" ? nameField : ex.Field is null ? nameField : otherField, texts.Error(ex.Code));
            Mine = await organisations.MineAsync(ct);
            return Page();
        }
    }
}
