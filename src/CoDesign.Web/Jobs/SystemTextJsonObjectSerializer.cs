using System.Collections.Specialized;
using System.Text.Json;
using Quartz;
using Quartz.Extensibility;

namespace CoDesign.Web.Jobs;

/// <summary>
/// The job store's serializer on System.Text.Json (no BinaryFormatter, no Newtonsoft). Job data is
/// stored as strings ("store job data as strings" is on), so what reaches it is a string map:
/// Quartz hands over a NameValueCollection, or a JobDataMap of strings. Both are written as a JSON
/// object of string pairs; anything else is refused rather than silently lost.
/// </summary>
public sealed class SystemTextJsonObjectSerializer : IObjectSerializer
{
    public byte[] Serialize<T>(T obj)
        where T : class
    {
        var pairs = obj switch
        {
            NameValueCollection nvc => nvc.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => nvc[k]),
            JobDataMap map => map.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString()),
            _ => throw new NotSupportedException($"Only string maps are stored as job data; {obj?.GetType().FullName} is not supported."),
        };
        return JsonSerializer.SerializeToUtf8Bytes(pairs);
    }

    public T Deserialize<T>(byte[] data)
        where T : class
    {
        var pairs = JsonSerializer.Deserialize<Dictionary<string, string?>>(data) ?? [];
        if (typeof(T) == typeof(JobDataMap))
        {
            var map = new JobDataMap();
            foreach (var (key, value) in pairs)
            {
                map.Add(key, value!);
            }

            return (T)(object)map;
        }

        if (typeof(T).IsAssignableFrom(typeof(NameValueCollection)))
        {
            var nvc = new NameValueCollection(pairs.Count);
            foreach (var (key, value) in pairs)
            {
                nvc[key] = value;
            }

            return (T)(object)nvc;
        }

        throw new NotSupportedException($"Only string maps are stored as job data; {typeof(T).FullName} is not supported.");
    }
}
