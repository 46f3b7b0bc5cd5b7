namespace CoDesign.Application.Notifications;

public sealed record DeliveryResult(int Sent, int Retrying, int Failed)
{
    public int Total => Sent + Retrying + Failed;
}
