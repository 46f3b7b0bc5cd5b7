namespace CoDesign.Web.Tests.Faults;

/// <summary>What the client learned of a write.</summary>
internal enum WriteOutcome
{
    /// <summary>A 2xx arrived: the write must survive anything that happens afterwards.</summary>
    Acknowledged,

    /// <summary>An error status arrived: the server answered and refused.</summary>
    Refused,

    /// <summary>No answer (the process died first): the write may or may not have happened, but not half.</summary>
    Unanswered,
}
