using CoDesign.Application.Notifications;

namespace CoDesign.Web.Mail;

/// <summary>
/// The embedded mode: each mail is written as {id}.eml into the pickup folder. A resend of the same row
/// replaces its file, as it carries the same Message-ID; the file appears whole or not at all.
/// </summary>
internal sealed class PickupMailSession(string folder, MimeMailComposer composer, TimeProvider clock) : IMailSession
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        using var message = composer.Compose(mail, clock.GetUtcNow());
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{mail.Id:N}.eml");
        var temp = path + ".tmp";
        var file = File.Create(temp);
        await using (file.ConfigureAwait(false))
        {
            await message.WriteToAsync(MimeMailComposer.Format, file, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temp, path, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
