namespace CoDesign.Application.Notifications;

/// <summary>
/// A message as it leaves the outbox. <see cref="Id"/> (the row's id) becomes the Message-ID, the same
/// on every try, so that a resend after a crash between the server's acceptance and the row's update
/// is recognisable as the same message.
/// </summary>
public sealed record OutgoingMail(Guid Id, string To, string Subject, string Text, string? Html, string? UnsubscribeUrl, string? Calendar = null);
