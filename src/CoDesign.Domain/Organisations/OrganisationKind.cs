namespace CoDesign.Domain.Organisations;

public enum OrganisationKind
{
    Firm,
    Community,
}
