using Microsoft.AspNetCore.OpenApi;

namespace CoDesign.HttpApi.OpenApi;

public static class HttpApiOpenApiOptionsExtensions
{
    /// <summary>What the endpoint signatures cannot say: the known values of string inputs.</summary>
    public static OpenApiOptions AddHttpApiSchemas(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AddSchemaTransformer<KnownValuesSchemaTransformer>();
    }
}
