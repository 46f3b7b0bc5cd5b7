namespace CoDesign.HttpApi.Ideas;

public sealed record CreatedIdDto(Guid Id);
