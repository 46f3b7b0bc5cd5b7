namespace CoDesign.Domain.Errors;

/// <summary>Stable error codes. Never rename one: API clients and translations depend on them.</summary>
public static class ErrorCodes
{
    public const string Unexpected = "CoDesign:Unexpected";
    public const string NotFound = "CoDesign:NotFound";
    public const string Validation = "CoDesign:Validation";
    public const string Forbidden = "CoDesign:Forbidden";
    public const string Unauthenticated = "CoDesign:Unauthenticated";
    public const string Concurrency = "CoDesign:Concurrency";
    public const string TooManyRequests = "CoDesign:TooManyRequests";
    public const string ServiceUnavailable = "CoDesign:ServiceUnavailable";
    public const string PayloadTooLarge = "CoDesign:PayloadTooLarge";
    public const string UnsupportedMediaType = "CoDesign:UnsupportedMediaType";

    public const string CityUnknown = "CoDesign:Tenancy:CityUnknown";
    public const string CitySlugTaken = "CoDesign:Tenancy:SlugTaken";
    public const string CitySlugInvalid = "CoDesign:Tenancy:SlugInvalid";

    public const string AccountEmailTaken = "CoDesign:Account:EmailTaken";
    public const string AccountInvalidCredentials = "CoDesign:Account:InvalidCredentials";
    public const string AccountLockedOut = "CoDesign:Account:LockedOut";
    public const string AccountNotConfirmed = "CoDesign:Account:EmailNotConfirmed";
    public const string AccountPasswordTooWeak = "CoDesign:Account:PasswordTooWeak";
    public const string AccountInvalidToken = "CoDesign:Account:InvalidToken";

    /// <summary>A cookie-authenticated API write without the antiforgery token (a bearer token needs none).</summary>
    public const string AntiforgeryInvalid = "CoDesign:Account:AntiforgeryInvalid";

    public const string RoleUnknownUser = "CoDesign:Roles:UnknownUser";

    public const string FeedbackEmpty = "CoDesign:Accessibility:FeedbackEmpty";

    public const string VotingPhaseClosed = "CoDesign:Voting:PhaseClosed";
    public const string VotingCapReached = "CoDesign:Voting:CapReached";
    public const string IdeaNotOpen = "CoDesign:Ideas:NotOpen";
    public const string OrganisationNotMember = "CoDesign:Organisations:NotMember";
    public const string ResponseTextRequired = "CoDesign:Responses:TextRequired";
    public const string ResponseReasonRequired = "CoDesign:Responses:ReasonRequired";
    public const string StatusTransitionNotAllowed = "CoDesign:Responses:TransitionNotAllowed";
    public const string CategoryKeyTaken = "CoDesign:Tenancy:CategoryKeyTaken";
    public const string MergeNotAllowed = "CoDesign:Moderation:MergeNotAllowed";
    public const string ModerationReasonRequired = "CoDesign:Moderation:ReasonRequired";
    public const string CommentEditWindowClosed = "CoDesign:Comments:EditWindowClosed";
    public const string CommentReplyDepth = "CoDesign:Comments:ReplyDepth";
    public const string ReportDuplicate = "CoDesign:Reports:Duplicate";
    public const string IdeaNotEditable = "CoDesign:Ideas:NotEditable";
    public const string InvitationInvalid = "CoDesign:Organisations:InvitationInvalid";
    public const string InvitationOtherAddress = "CoDesign:Organisations:InvitationForAnotherAddress";
    public const string OrganisationBusinessIdTaken = "CoDesign:Organisations:BusinessIdTaken";
    public const string OrganisationBusinessIdInvalid = "CoDesign:Organisations:BusinessIdInvalid";
    public const string ThemeKeyTaken = "CoDesign:Coordination:ThemeKeyTaken";
    public const string ThemeInUse = "CoDesign:Coordination:ThemeInUse";

    /// <summary>An action the process's current phase does not allow (details: action, from, to).</summary>
    public const string ProcessOutOfPhase = "CoDesign:Processes:OutOfPhase";
    public const string ProcessNotOpen = "CoDesign:Processes:NotOpen";
    public const string ProcessNeedsPhases = "CoDesign:Processes:NeedsPhases";
    public const string ProcessPhasesOverlap = "CoDesign:Processes:PhasesOverlap";
    public const string WorkshopRegistrationClosed = "CoDesign:Workshops:RegistrationClosed";
    public const string WorkshopCancelled = "CoDesign:Workshops:Cancelled";
    public const string WorkshopCapacityBelowRegistered = "CoDesign:Workshops:CapacityBelowRegistered";
    public const string WorkshopOver = "CoDesign:Workshops:Over";
    public const string WorkshopNotHeldYet = "CoDesign:Workshops:NotHeldYet";
}
