using System.Globalization;
using CoDesign.Application.Ideas;
using CoDesign.Application.Localization;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Ideas;

/// <summary>
/// Submitting an idea in two steps that work without JavaScript: write, then see similar ideas (and
/// perhaps vote for one instead), then send. Drafts are saved on request and can be finished later.
/// </summary>
public sealed class NewIdeaModel(IdeaSubmissionAppService submissions, SimilarIdeasAppService similar, Application.Processes.ProcessAppService processes, PageTexts texts) : PageModel
{
    [BindProperty]
    public NewIdeaForm Input { get; set; } = new();

    public IdeaFormDto Form { get; private set; } = null!;

    public IReadOnlyList<SimilarIdeaDto>? Similar { get; private set; }

    [TempData]
    public string? Done { get; set; }

    /// <summary>The title of the process the idea goes into, when it does.</summary>
    public string? ProcessTitle { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? draft, Guid? process, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        Form = await submissions.GetFormAsync(Languages.Current, ct);
        Input.Language = Languages.Current;
        Input.ProcessId = process;
        if (draft is { } id && Form.Drafts.FirstOrDefault(d => d.Id == id) is { } d)
        {
            Input = new NewIdeaForm
            {
                DraftId = d.Id,
                Title = d.Title,
                Body = d.Body,
                CategoryId = d.CategoryId,
                District = d.District,
                Latitude = d.Latitude?.ToString(CultureInfo.InvariantCulture),
                Longitude = d.Longitude?.ToString(CultureInfo.InvariantCulture),
                Language = d.Language,
                OrganisationId = d.OrganisationId,
                ProcessId = d.ProcessId,
            };
        }

        await LoadProcessAsync(ct);
        return Page();
    }

    /// <summary>Step one: check the fields, then show similar ideas (or send at once when there are none).</summary>
    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        if (!Validate())
        {
            return await ShowAsync(ct);
        }

        Similar = await similar.FindAsync(Input.Title!, Input.Body, Languages.Current, 5, Input.DraftId, ct);
        return Similar.Count == 0 ? await OnPostSubmitAsync(ct) : await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        if (!Validate())
        {
            return await ShowAsync(ct);
        }

        try
        {
            var result = await submissions.SubmitAsync(Input.DraftId, ToInput(), ct);
            Done = result.Status == nameof(IdeaStatus.AwaitingModeration) ? "NewIdea.AwaitingModeration" : "NewIdea.Published";
            return Redirect($"/{RouteData.Values["city"]}/ideas/{result.Id}");
        }
        catch (BusinessException ex) when (ex.Code is not (ErrorCodes.Unauthenticated or ErrorCodes.Forbidden))
        {
            AddError(ex);
            return await ShowAsync(ct);
        }
    }

    public async Task<IActionResult> OnPostDraftAsync(CancellationToken ct)
    {
        try
        {
            var result = await submissions.SaveDraftAsync(Input.DraftId, ToInput(), ct);
            Done = "NewIdea.DraftSaved";
            return Redirect($"/{RouteData.Values["city"]}/ideas/new?draft={result.Id}");
        }
        catch (BusinessException ex) when (ex.Code is not (ErrorCodes.Unauthenticated or ErrorCodes.Forbidden))
        {
            AddError(ex);
            return await ShowAsync(ct);
        }
    }

    /// <summary>Back from the similar ideas to the form, with everything as it was typed.</summary>
    public Task<IActionResult> OnPostEditAsync(CancellationToken ct) => ShowAsync(ct);

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Form = await submissions.GetFormAsync(Languages.Current, ct);
        await LoadProcessAsync(ct);
        return Page();
    }

    private async Task LoadProcessAsync(CancellationToken ct)
    {
        if (Input.ProcessId is not { } id)
        {
            return;
        }

        try
        {
            ProcessTitle = (await processes.GetAsync(id, Languages.Current, ct)).Title;
        }
        catch (EntityNotFoundException)
        {
            // An unknown or unpublished process: the idea goes to the open board instead.
            Input.ProcessId = null;
        }
    }

    private bool Validate()
    {
        var title = Input.Title?.Trim() ?? string.Empty;
        if (title.Length is < Idea.MinTitleLength or > Idea.MaxTitleLength)
        {
            ModelState.AddModelError("Input.Title", texts.Format("NewIdea.TitleLength", Idea.MinTitleLength, Idea.MaxTitleLength));
        }

        if (string.IsNullOrWhiteSpace(Input.Body))
        {
            ModelState.AddModelError("Input.Body", texts["NewIdea.BodyRequired"]);
        }

        if (Input.CategoryId is null)
        {
            ModelState.AddModelError("Input.CategoryId", texts["NewIdea.CategoryRequired"]);
        }

        if (!TryCoordinate(Input.Latitude, -90, 90, out _) || !TryCoordinate(Input.Longitude, -180, 180, out _) || string.IsNullOrWhiteSpace(Input.Latitude) != string.IsNullOrWhiteSpace(Input.Longitude))
        {
            ModelState.AddModelError("Input.Latitude", texts["NewIdea.CoordinatesInvalid"]);
        }

        return ModelState.ErrorCount == 0;
    }

    private IdeaInput ToInput()
    {
        TryCoordinate(Input.Latitude, -90, 90, out var lat);
        TryCoordinate(Input.Longitude, -180, 180, out var lon);
        return new IdeaInput(Input.Title, Input.Body, Input.CategoryId, Input.District, lat, lon, Input.Language, Input.OrganisationId, Input.ProcessId);
    }

    private static bool TryCoordinate(string? text, double min, double max, out double? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
        {
            value = v;
            return true;
        }

        return false;
    }

    private void AddError(BusinessException ex)
    {
        var field = ex.Field switch
        {
            "Title" => "Input.Title",
            "Body" => "Input.Body",
            "CategoryId" => "Input.CategoryId",
            "OrganisationId" => "Input.OrganisationId",
            "District" => "Input.District",
            "Latitude" => "Input.Latitude",
            _ => string.Empty,
        };
        ModelState.AddModelError(field, texts.Error(ex));
    }
}
