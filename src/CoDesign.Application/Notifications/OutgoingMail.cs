namespace CoDesign.Application.Notifications;

/// <summary>A message as it leaves the outbox. <see cref="Id"/> becomes the Message-ID, so a resend is recognisable.</summary>
public sealed record OutgoingMail(Guid Id, string To, string Subject, string Text, string? Html, string? UnsubscribeUrl);
