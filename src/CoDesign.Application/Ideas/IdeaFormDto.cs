using CoDesign.Application.Tenancy;

namespace CoDesign.Application.Ideas;

/// <summary>What the submission form offers the author: categories, their organisations, their drafts.</summary>
public sealed record IdeaFormDto(
    IReadOnlyList<CategorySummaryDto> Categories,
    IReadOnlyList<OrganisationOptionDto> Organisations,
    IReadOnlyList<DraftDto> Drafts,
    bool PreModeration);
