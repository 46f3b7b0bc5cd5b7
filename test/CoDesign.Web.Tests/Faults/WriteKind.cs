namespace CoDesign.Web.Tests.Faults;

/// <summary>The writes a participant makes while the node may die under them.</summary>
internal enum WriteKind
{
    Vote,
    Withdraw,
    Follow,
    Unfollow,
    Comment,
    Reply,
    SubmitIdea,
}
