using CoDesign.Application.Moderation;
using CoDesign.Domain.Errors;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Admin;

/// <summary>The moderator's queue: approve, hide with a public reason, restore, dismiss reports.</summary>
public sealed partial class ModerationModel(ModerationAppService moderation, MergeAppService merges, PageTexts texts) : PageModel
{
    public ModerationQueueDto Queue { get; private set; } = null!;

    [BindProperty]
    public Guid IdeaId { get; set; }

    [BindProperty]
    public Guid? CommentId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? MergeTarget { get; set; }

    [TempData(Key = "ModerationDone")]
    public bool Done { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Queue = await moderation.QueueAsync(ct);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => ActAsync(() => moderation.ApproveAsync(IdeaId, ct), ct);

    public Task<IActionResult> OnPostHideAsync(CancellationToken ct) =>
        ActAsync(() => CommentId is { } c ? moderation.HideCommentAsync(c, Reason ?? string.Empty, ct) : moderation.HideIdeaAsync(IdeaId, Reason ?? string.Empty, ct), ct);

    public Task<IActionResult> OnPostRestoreAsync(CancellationToken ct) =>
        ActAsync(() => CommentId is { } c ? moderation.RestoreCommentAsync(c, ct) : moderation.RestoreIdeaAsync(IdeaId, ct), ct);

    public Task<IActionResult> OnPostDismissAsync(CancellationToken ct) => ActAsync(() => moderation.DismissReportsAsync(IdeaId, CommentId, ct), ct);

    /// <summary>The target may be pasted as the idea's address or as its id.</summary>
    public Task<IActionResult> OnPostMergeAsync(CancellationToken ct) =>
        ActAsync(async () =>
        {
            var match = GuidRegex().Matches(MergeTarget ?? string.Empty).LastOrDefault();
            var target = match is not null && Guid.TryParse(match.Value, out var id) ? id : Guid.Empty;
            await merges.MergeAsync(IdeaId, target, ct);
        }, ct);

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial System.Text.RegularExpressions.Regex GuidRegex();

    private async Task<IActionResult> ActAsync(Func<Task> action, CancellationToken ct)
    {
        try
        {
            await action();
            Done = true;
            return Redirect($"/{RouteData.Values["city"]}/admin/moderation");
        }
        catch (BusinessException ex) when (ex.Code is not (ErrorCodes.Unauthenticated or ErrorCodes.Forbidden or ErrorCodes.NotFound))
        {
            Error = texts.Error(ex.Code);
            Queue = await moderation.QueueAsync(ct);
            return Page();
        }
    }
}
