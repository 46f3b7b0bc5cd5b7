namespace CoDesign.Domain.Ideas;

/// <summary>The life cycle of an idea (PRODUCT.md). Stored as text so the numbers can never drift.</summary>
public enum IdeaStatus
{
    Draft,
    AwaitingModeration,
    Published,
    UnderReview,
    Accepted,
    InProgress,
    Implemented,
    NotPursued,
    Merged,
    Hidden,
}
