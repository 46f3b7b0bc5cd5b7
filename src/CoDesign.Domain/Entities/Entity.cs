namespace CoDesign.Domain.Entities;

/// <summary>Base of every entity: a Guid key that is set by the application, never by the database.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; }

    protected Entity()
    {
    }

    protected Entity(Guid id)
    {
        Id = id;
    }
}
