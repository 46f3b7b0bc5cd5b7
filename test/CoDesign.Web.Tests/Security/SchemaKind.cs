namespace CoDesign.Web.Tests.Security;

/// <summary>What an OpenAPI schema describes, as far as inputs are concerned.</summary>
internal enum SchemaKind
{
    Any,
    String,
    Uuid,
    Date,
    DateTime,
    Integer,
    Number,
    Boolean,
    Enum,
    Array,
    Object,
}
