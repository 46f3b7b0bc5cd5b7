namespace CoDesign.Application.Ideas;

public sealed record ResponseRevisionDto(string Text, string TextLanguage, DateTime ReplacedAt);
