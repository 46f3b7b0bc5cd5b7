using CoDesign.Domain.Identity;

namespace CoDesign.HttpApi.Administration;

public sealed record GrantRoleRequest(string? Email, CityRole? Role);
