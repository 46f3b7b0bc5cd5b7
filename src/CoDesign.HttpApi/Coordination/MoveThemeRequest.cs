namespace CoDesign.HttpApi.Coordination;

/// <summary>-1 moves the theme up in the order, +1 down.</summary>
public sealed record MoveThemeRequest(int Direction);
