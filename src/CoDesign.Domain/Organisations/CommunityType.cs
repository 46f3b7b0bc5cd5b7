namespace CoDesign.Domain.Organisations;

public enum CommunityType
{
    Association,
    VillageSociety,
    Parish,
    InformalGroup,
}
