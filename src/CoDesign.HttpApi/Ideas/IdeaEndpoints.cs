using CoDesign.Application.Ideas;
using CoDesign.Application.Localization;
using CoDesign.Domain.Errors;
using CoDesign.HttpApi.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoDesign.HttpApi.Ideas;

/// <summary>Ideas of a city: list, read, vote, follow and comment. {city} is resolved before these run.</summary>
public static class IdeaEndpoints
{
    public static RouteGroupBuilder MapIdeaEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var ideas = api.MapGroup("/cities/{city}/ideas").WithTags("Ideas");

        ideas.MapGet("/", async Task<Results<Ok<IdeaListPage>, ProblemHttpResult>> (
            string city, string? search, Guid? category, string? theme, string? status, string? district, Guid? organisation,
            bool? mine, bool? voted, bool? followed, string? sort, int? seed, string? cursor, int? pageSize, string? lang,
            IdeaListAppService service, CancellationToken ct) =>
        {
            var sortValue = IdeaSort.Trending;
            if (sort is not null && (!Enum.TryParse(sort, ignoreCase: true, out sortValue) || !Enum.IsDefined(sortValue)))
            {
                return TypedResults.Problem(ProblemResults.From(new BusinessException(ErrorCodes.Validation, "Unknown sort.") { Field = "sort" }, "sort must be one of trending, top, newest, mostDiscussed, random."));
            }

            var query = new IdeaListQuery
            {
                Search = search,
                CategoryId = category,
                ThemeKey = theme,
                Status = status,
                District = district,
                OrganisationId = organisation,
                Mine = mine ?? false,
                Voted = voted ?? false,
                Followed = followed ?? false,
                Sort = sortValue,
                Seed = seed ?? 1,
                Cursor = cursor,
                PageSize = QueryGuard.InRange(pageSize, IdeaListQuery.DefaultPageSize, 1, IdeaListQuery.MaxPageSize, "pageSize"),
            };
            return TypedResults.Ok(await service.ListAsync(query, Languages.Normalize(lang), ct).ConfigureAwait(false));
        }).WithName("ListIdeas").WithSummary("Lists a city's published ideas with search, filters, sort and keyset paging (cursor).");

        ideas.MapGet("/similar", async Task<Ok<IReadOnlyList<SimilarIdeaDto>>> (string city, string? title, string? body, string? lang, SimilarIdeasAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.FindAsync((title ?? string.Empty)[..Math.Min(title?.Length ?? 0, 200)], body is { Length: > 2000 } ? body[..2000] : body, Languages.Normalize(lang), 5, null, ct).ConfigureAwait(false)))
            .WithName("SimilarIdeas").WithSummary("Up to five published ideas like the given title and body: this city first, then other cities.");

        ideas.MapGet("/{id:guid}/also-proposed-in", async Task<Ok<IReadOnlyList<Application.Coordination.CrossCityIdeaDto>>> (string city, Guid id, string? lang, Application.Coordination.AlsoProposedInAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.FindAsync(id, Languages.Normalize(lang), 5, ct).ConfigureAwait(false)))
            .WithName("AlsoProposedIn").WithSummary("Published ideas of other cities that propose the same thing (Finnish and Swedish understood).");

        ideas.MapPost("/", async Task<Created<SubmissionResultDto>> (string city, IdeaInput input, IdeaSubmissionAppService service, CancellationToken ct) =>
        {
            var result = await service.SubmitAsync(null, input, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/v1/cities/{city}/ideas/{result.Id}", result);
        }).RequireAuthorization().WithName("SubmitIdea")
          .WithSummary("Submits an idea: published at once, or queued for moderation where the city pre-moderates. City, author, status and counts come from the server, never the body.")
          .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);

        ideas.MapPost("/drafts", async Task<Created<SubmissionResultDto>> (string city, IdeaInput input, IdeaSubmissionAppService service, CancellationToken ct) =>
        {
            var result = await service.SaveDraftAsync(null, input, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/v1/cities/{city}/ideas/{result.Id}", result);
        }).RequireAuthorization().WithName("SaveDraft").WithSummary("Saves a new draft.");

        ideas.MapPut("/drafts/{id:guid}", async Task<Ok<SubmissionResultDto>> (string city, Guid id, IdeaInput input, IdeaSubmissionAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.SaveDraftAsync(id, input, ct).ConfigureAwait(false)))
            .RequireAuthorization().WithName("UpdateDraft").WithSummary("Changes one of the caller's drafts.");

        ideas.MapPost("/drafts/{id:guid}/submit", async Task<Ok<SubmissionResultDto>> (string city, Guid id, IdeaInput input, IdeaSubmissionAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.SubmitAsync(id, input, ct).ConfigureAwait(false)))
            .RequireAuthorization().WithName("SubmitDraft").WithSummary("Submits one of the caller's drafts with the given content.");

        ideas.MapGet("/{id:guid}", async Task<Ok<IdeaDetailDto>> (string city, Guid id, string? lang, int? commentPage, IdeaDetailAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(id, Languages.Normalize(lang), QueryGuard.InRange(commentPage, 1, 1, IdeaDetailAppService.MaxCommentPage, "commentPage"), ct).ConfigureAwait(false)))
            .WithName("GetIdea")
            .WithSummary("One idea with one page of its discussion and the caller's vote and follow state.")
            .WithDescription($"commentPage 1 (the default) holds the latest {IdeaDetailAppService.ThreadsPerPage} threads (top-level comments with all their replies), 2 the ones before them; a page past the oldest shows the oldest. commentPage and commentPageCount in the answer say where the reader is.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        ideas.MapPut("/{id:guid}/vote", async Task<Ok<VoteStateDto>> (string city, Guid id, VoteAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.VoteAsync(id, ct).ConfigureAwait(false)))
            .RequireAuthorization().WithName("Vote").WithSummary("Votes for the idea; voting again changes nothing.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);

        ideas.MapDelete("/{id:guid}/vote", async Task<Ok<VoteStateDto>> (string city, Guid id, VoteAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.WithdrawAsync(id, ct).ConfigureAwait(false)))
            .RequireAuthorization().WithName("WithdrawVote").WithSummary("Withdraws the caller's vote while voting is open.");

        ideas.MapPut("/{id:guid}/follow", async Task<NoContent> (string city, Guid id, FollowAppService service, CancellationToken ct) =>
        {
            await service.FollowAsync(id, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).RequireAuthorization().WithName("Follow");

        ideas.MapDelete("/{id:guid}/follow", async Task<NoContent> (string city, Guid id, FollowAppService service, CancellationToken ct) =>
        {
            await service.UnfollowAsync(id, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).RequireAuthorization().WithName("Unfollow");

        ideas.MapPost("/{id:guid}/comments", async Task<Created<CreatedIdDto>> (string city, Guid id, CommentRequest request, CommentAppService service, CancellationToken ct) =>
        {
            var commentId = await service.AddAsync(id, request.ParentId, request.Body ?? string.Empty, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/v1/cities/{city}/ideas/{id}#comment-{commentId}", new CreatedIdDto(commentId));
        }).RequireAuthorization().WithName("AddComment").ProducesProblem(StatusCodes.Status400BadRequest);

        ideas.MapPatch("/{id:guid}/comments/{commentId:guid}", async Task<NoContent> (string city, Guid id, Guid commentId, CommentRequest request, CommentAppService service, CancellationToken ct) =>
        {
            await service.EditAsync(id, commentId, request.Body ?? string.Empty, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).RequireAuthorization().WithName("EditComment");

        ideas.MapDelete("/{id:guid}/comments/{commentId:guid}", async Task<NoContent> (string city, Guid id, Guid commentId, CommentAppService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(id, commentId, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).RequireAuthorization().WithName("DeleteComment");

        ideas.MapGet("/{id:guid}/responses", async Task<Ok<IReadOnlyList<ResponseDto>>> (string city, Guid id, string? lang, ResponseAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.TimelineAsync(id, Languages.Normalize(lang), ct).ConfigureAwait(false)))
            .WithName("ListResponses").WithSummary("The city's official responses on the idea, oldest first, with earlier versions of corrected ones.");

        ideas.MapPost("/{id:guid}/responses", async Task<Created<CreatedIdDto>> (string city, Guid id, ResponseInput input, ResponseAppService service, CancellationToken ct) =>
        {
            var responseId = await service.RespondAsync(id, input, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/v1/cities/{city}/ideas/{id}/responses", new CreatedIdDto(responseId));
        }).RequireAuthorization().WithName("Respond")
          .WithSummary("An official changes the idea's status with a public response (fi/sv/en; 'NotPursued' needs a reason).")
          .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);

        ideas.MapPut("/{id:guid}/responses/{responseId:guid}", async Task<NoContent> (string city, Guid id, Guid responseId, ResponseInput input, ResponseAppService service, CancellationToken ct) =>
        {
            await service.CorrectAsync(id, responseId, input, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).RequireAuthorization().WithName("CorrectResponse").WithSummary("An official corrects a response's wording; the earlier wording stays on record.");

        return ideas;
    }
}
