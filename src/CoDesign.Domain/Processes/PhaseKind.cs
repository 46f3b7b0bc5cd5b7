namespace CoDesign.Domain.Processes;

/// <summary>What a phase of a process is for; it decides what people can do while it is in force.</summary>
public enum PhaseKind
{
    /// <summary>Residents send ideas into the process.</summary>
    Ideas,

    /// <summary>Residents support (vote for) the process's ideas.</summary>
    Prioritise,

    /// <summary>Workshops and co-created plans.</summary>
    CoCreate,

    /// <summary>The city decides and answers.</summary>
    Decide,

    /// <summary>The city carries out what was decided and reports progress.</summary>
    Deliver,

    /// <summary>Information only.</summary>
    Info,
}
