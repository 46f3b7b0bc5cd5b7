namespace CoDesign.Application.Tenancy;

public sealed record RoleAssignmentDto(Guid Id, string Email, string DisplayName, string Role, string GrantedBy, DateTime GrantedAt);
