using CoDesign.Application.Ideas;
using CoDesign.Application.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account;

/// <summary>My ideas and drafts, my votes and the ideas I follow, in every city.</summary>
public sealed class ParticipationModel(MyParticipationAppService participation) : PageModel
{
    public MyParticipationDto Mine { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        Mine = await participation.GetAsync(Languages.Current, ct);
        return Page();
    }
}
