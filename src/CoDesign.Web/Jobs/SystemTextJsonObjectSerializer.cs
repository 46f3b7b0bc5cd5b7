using System.Text.Json;
using Quartz;
using Quartz.Extensibility;

namespace CoDesign.Web.Jobs;

/// <summary>
/// The job store's serializer for job data maps: JSON of string pairs on System.Text.Json (no
/// BinaryFormatter, no Newtonsoft). Our jobs keep their data as strings ("store job data as
/// strings" is on), so nothing else needs to round-trip.
/// </summary>
public sealed class SystemTextJsonObjectSerializer : IObjectSerializer
{
    public byte[] Serialize<T>(T obj)
        where T : class
    {
        if (obj is JobDataMap map)
        {
            return JsonSerializer.SerializeToUtf8Bytes(map.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString()));
        }

        throw new NotSupportedException($"Only job data maps are stored; {typeof(T).Name} is not supported.");
    }

    public T Deserialize<T>(byte[] data)
        where T : class
    {
        if (typeof(T).IsAssignableFrom(typeof(JobDataMap)))
        {
            var map = new JobDataMap();
            foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, string?>>(data) ?? [])
            {
                map.Add(key, value!);
            }

            return (T)(object)map;
        }

        throw new NotSupportedException($"Only job data maps are stored; {typeof(T).Name} is not supported.");
    }
}
