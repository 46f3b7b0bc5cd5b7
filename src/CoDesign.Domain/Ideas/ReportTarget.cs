namespace CoDesign.Domain.Ideas;

public enum ReportTarget
{
    Idea,
    Comment,
}
