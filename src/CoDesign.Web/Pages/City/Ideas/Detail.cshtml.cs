using CoDesign.Application.Ideas;
using CoDesign.Application.Localization;
using CoDesign.Domain.Errors;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Ideas;

/// <summary>
/// An idea's page. Every action is a plain form post that comes back to this page (post, redirect,
/// get), so it works without JavaScript; a refused action shows why in the user's language.
/// </summary>
public sealed class IdeaDetailModel(
    IdeaDetailAppService details,
    VoteAppService votes,
    FollowAppService follows,
    CommentAppService comments,
    ReportAppService reports,
    ResponseAppService responses,
    Application.Coordination.AlsoProposedInAppService alsoProposedIn,
    Application.Permissions.IPermissionChecker permissions,
    PageTexts texts) : PageModel
{
    public IdeaDetailDto Idea { get; private set; } = null!;

    public IReadOnlyList<ResponseDto> Responses { get; private set; } = [];

    /// <summary>Published ideas of other cities that propose the same thing.</summary>
    public IReadOnlyList<Application.Coordination.CrossCityIdeaDto> AlsoProposedIn { get; private set; } = [];

    public bool CanRespond { get; private set; }

    public bool CanModerate { get; private set; }

    public IReadOnlyList<string> NextStatuses { get; private set; } = [];

    [BindProperty]
    public ResponseForm Answer { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The page of the discussion shown: 1 (or none) for the latest threads, 2 for the ones before them.</summary>
    [BindProperty(SupportsGet = true)]
    public int? CommentPage { get; set; }

    [BindProperty]
    public string? CommentBody { get; set; }

    [BindProperty]
    public Guid? ParentId { get; set; }

    [BindProperty]
    public Guid? CommentId { get; set; }

    [BindProperty]
    public string? ReportReason { get; set; }

    [TempData]
    public string? Done { get; set; }

    /// <summary>The section the page returns to; the confirmation is shown there, where the reader is.</summary>
    [TempData]
    public string? DoneAt { get; set; }

    public string? Error { get; private set; }

    public string? ErrorAt { get; private set; }

    /// <summary>The address of another page of the discussion, landing on the comments.</summary>
    public string CommentPageUrl(int page) => page <= 1 ? $"{Request.Path}#comments" : $"{Request.Path}?commentPage={page}#comments";

    /// <summary>Whether the confirmation or error belongs in the given section (or at the top when it has none).</summary>
    public bool MessageIn(string section) => (Done is not null && (DoneAt ?? "top") == section) || (Error is not null && (ErrorAt ?? "top") == section);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostRespondAsync(CancellationToken ct) =>
        ActAsync(() => responses.RespondAsync(Id, new ResponseInput(Answer.Status, Answer.TextFi, Answer.TextSv, Answer.TextEn), ct), "Response.Saved", "timeline", ct);

    public Task<IActionResult> OnPostCorrectAsync(CancellationToken ct) =>
        ActAsync(async () => { await responses.CorrectAsync(Id, Answer.ResponseId ?? Guid.Empty, new ResponseInput(null, Answer.TextFi, Answer.TextSv, Answer.TextEn), ct); return true; }, "Response.Corrected", "timeline", ct);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Idea = await details.GetAsync(Id, Languages.Current, CommentPage ?? 1, cancellationToken);
        Responses = await responses.TimelineAsync(Id, Languages.Current, cancellationToken);
        AlsoProposedIn = await alsoProposedIn.FindAsync(Id, Languages.Current, 5, cancellationToken);
        CanRespond = await permissions.IsGrantedAsync(Application.Permissions.CoDesignPermissions.ResponsesManage, cancellationToken);
        CanModerate = await permissions.IsGrantedAsync(Application.Permissions.CoDesignPermissions.ModerationManage, cancellationToken);
        NextStatuses = Enum.TryParse<Domain.Ideas.IdeaStatus>(Idea.Status, out var status)
            ? Domain.Ideas.Idea.NextStatuses(status).Select(s => s.ToString()).ToList()
            : [];
    }

    public Task<IActionResult> OnPostVoteAsync(CancellationToken ct) => ActAsync(() => votes.VoteAsync(Id, ct), "Idea.Voted", "vote", ct);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) => ActAsync(() => votes.WithdrawAsync(Id, ct), "Idea.Withdrawn", "vote", ct);

    public Task<IActionResult> OnPostFollowAsync(CancellationToken ct) => ActAsync(() => follows.FollowAsync(Id, ct), "Idea.Following", "follow", ct);

    public Task<IActionResult> OnPostUnfollowAsync(CancellationToken ct) => ActAsync(() => follows.UnfollowAsync(Id, ct), "Idea.NotFollowing", "follow", ct);

    public Task<IActionResult> OnPostCommentAsync(CancellationToken ct)
    {
        // A new thread is the latest one, so it is on the first page; a reply stays on its thread's page.
        if (ParentId is null)
        {
            CommentPage = null;
        }

        return ActAsync(() => comments.AddAsync(Id, ParentId, CommentBody ?? string.Empty, ct), ParentId is null ? "Idea.Commented" : "Idea.Replied", "comments", ct);
    }

    public Task<IActionResult> OnPostEditCommentAsync(CancellationToken ct) =>
        ActAsync(async () => { await comments.EditAsync(Id, CommentId ?? Guid.Empty, CommentBody ?? string.Empty, ct); return true; }, "Idea.CommentEdited", "comments", ct);

    public Task<IActionResult> OnPostDeleteCommentAsync(CancellationToken ct) =>
        ActAsync(async () => { await comments.DeleteAsync(Id, CommentId ?? Guid.Empty, ct); return true; }, "Idea.CommentDeleted", "comments", ct);

    public Task<IActionResult> OnPostReportAsync(CancellationToken ct) =>
        ActAsync(async () => { await reports.ReportAsync(Id, CommentId, ReportReason ?? string.Empty, ct); return true; }, "Report.Sent", CommentId is null ? "report" : "comments", ct);

    private async Task<IActionResult> ActAsync<T>(Func<Task<T>> action, string doneKey, string anchor, CancellationToken cancellationToken)
    {
        try
        {
            await action();
            Done = doneKey;
            DoneAt = anchor;
            // Back to the same page of the discussion, so a reply, edit or report does not lose the reader's place.
            return Redirect(anchor == "comments" ? CommentPageUrl(CommentPage ?? 1) : $"{Request.Path}#{anchor}");
        }
        catch (BusinessException ex) when (ex.Code is not (ErrorCodes.NotFound or ErrorCodes.Forbidden or ErrorCodes.Unauthenticated))
        {
            // Stay on the page, keep what was typed, and say why in the user's language.
            Error = ex.Code == ErrorCodes.Validation && ex.Field == "Reason" ? texts["Report.ReasonRequired"] : texts.Error(ex);
            ErrorAt = anchor;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }
}
