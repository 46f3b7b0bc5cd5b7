using CoDesign.Domain.Errors;
using CoDesign.Domain.Tenancy;
using CoDesign.Domain.Voting;

namespace CoDesign.Domain.Ideas;

/// <summary>Domain service that creates ideas, votes and comments so their invariants hold together.</summary>
public sealed class IdeaManager
{
    public static Idea CreateIdea(City city, Category category, string title, string body, string language, Guid? authorId, Guid? organisationId, ParticipationChannel channel, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(category);
        if (category.TenantId != city.Id)
        {
            throw new BusinessException(ErrorCodes.Validation, "The category belongs to another city.") { Field = "CategoryId" };
        }

        if (language is not ("fi" or "sv" or "en"))
        {
            throw new BusinessException(ErrorCodes.Validation, "Language must be fi, sv or en.") { Field = nameof(Idea.Language) };
        }

        return new Idea(Guid.CreateVersion7(now), city.Id, title, body, category.Id, language, authorId, organisationId, channel, now);
    }

    /// <summary>Records a vote and advances the counter; the caller persists both in one transaction.</summary>
    public static Vote CastVote(City city, Idea idea, Guid voterId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(idea);
        if (!city.IsVotingOpenAt(now))
        {
            throw new BusinessException(ErrorCodes.VotingPhaseClosed, "Voting is closed in this city.");
        }

        if (!idea.IsOpenForVoting)
        {
            throw new BusinessException(ErrorCodes.IdeaNotOpen, "The idea is not open for voting.");
        }

        idea.VoteAdded(city.SupportThreshold, city.ResponseDays, now);
        return new Vote(Guid.CreateVersion7(now), city.Id, idea.Id, voterId, now);
    }

    public static Comment AddComment(Idea idea, Comment? parent, Guid authorId, string body, bool isOfficial, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(idea);
        if (parent is not null && (parent.IdeaId != idea.Id || parent.ParentId is not null))
        {
            throw new BusinessException(ErrorCodes.Validation, "Replies go one level deep, under a comment of the same idea.") { Field = "ParentId" };
        }

        var comment = new Comment(Guid.CreateVersion7(now), idea.TenantId, idea.Id, parent?.Id, authorId, body, isOfficial, now);
        idea.CommentAdded(now);
        return comment;
    }
}
