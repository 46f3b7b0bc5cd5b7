using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoDesign.Web.Tests.Security;

/// <summary>
/// Makes the cases of an operation from its schemas: a valid call, then each parameter and body
/// property in turn set to real, boundary and wrong-typed values, required properties left out,
/// broken bodies, odd query strings and random combinations. All randomness comes from the one
/// seeded <see cref="Random"/>, so a seed gives the same cases again.
/// </summary>
internal sealed class FuzzCaseGenerator(Random random, FuzzIds ids, int maxCasesPerOperation)
{
    /// <summary>Kestrel refuses a request line over 8 KB before the app sees it; query and path texts stay under it.</summary>
    private const int LongInUrl = 4_000;
    private const int LongInBody = 10_000;
    private const int Combinations = 8;

    private static readonly FuzzValue LeftOut = FuzzValue.JsonOnly("left out", "null");

    private static readonly FuzzValue[] Strings =
    [
        FuzzValue.Text("empty", string.Empty),
        FuzzValue.Text("blank", "   "),
        FuzzValue.Text("unicode", "Ääkköset Åbo ÆØ ß ñ 漢字 Ω"),
        FuzzValue.Text("right-to-left", "\u202Eelbat\u202C مرحبا עברית"),
        FuzzValue.Text("emoji", "👩‍👩‍👧‍👦🏳️‍🌈🚲💩"),
        FuzzValue.Text("sql", "'; DROP TABLE \"Ideas\"; --"),
        FuzzValue.Text("text %00", "%00"),
        FuzzValue.Text("NUL", "a\u0000b"),
        FuzzValue.Text("control characters", "\u0001\u0008\u001b[31m\u007f"),
        FuzzValue.Text("zero-width", "\u200b\ufeff\u2060"),
        FuzzValue.Text("combining marks", "e" + new string('\u0301', 500)),
        FuzzValue.Text("html", "<script>alert(1)</script>"),
        FuzzValue.Text("path traversal", "../../../etc/passwd"),
        FuzzValue.Text("format strings", "{0}%s%n${jndi:ldap://x}"),
        FuzzValue.Text("CR LF", "a\r\nX-Injected: 1"),
        FuzzValue.Text("LIKE wildcards", "%_\\"),
        FuzzValue.Text("tsquery operators", "!&|:*()<->"),
        FuzzValue.Raw("lone surrogate", "\"a\\ud800b\"", "a%ED%A0%80b"),
    ];

    private static readonly FuzzValue[] Integers =
    [
        FuzzValue.Raw("0", "0", "0"),
        FuzzValue.Raw("-1", "-1", "-1"),
        FuzzValue.Raw("int.MaxValue", "2147483647", "2147483647"),
        FuzzValue.Raw("int.MinValue", "-2147483648", "-2147483648"),
        FuzzValue.Raw("long overflow", "9223372036854775808", "9223372036854775808"),
        FuzzValue.Raw("1e308", "1e308", "1e308"),
        FuzzValue.Raw("fraction", "1.5", "1.5"),
        FuzzValue.Raw("\"abc\"", "\"abc\"", "abc"),
        FuzzValue.Raw("\"\"", "\"\"", string.Empty),
        FuzzValue.Raw("number as text", "\"7\"", "%207%20"),
    ];

    private static readonly FuzzValue[] Numbers =
    [
        FuzzValue.Raw("0", "0", "0"),
        FuzzValue.Raw("-0", "-0.0", "-0.0"),
        FuzzValue.Raw("1e308", "1e308", "1e308"),
        FuzzValue.Raw("-1e308", "-1e308", "-1e308"),
        FuzzValue.Raw("smallest", "5e-324", "5e-324"),
        FuzzValue.Raw("overflow 1e309", "1e309", "1e309"),
        FuzzValue.Raw("\"NaN\"", "\"NaN\"", "NaN"),
        FuzzValue.Raw("\"Infinity\"", "\"Infinity\"", "Infinity"),
        FuzzValue.Raw("just over 90", "90.000001", "90.000001"),
        FuzzValue.Raw("-180.5", "-180.5", "-180.5"),
        FuzzValue.Raw("\"abc\"", "\"abc\"", "abc"),
    ];

    private static readonly FuzzValue[] Booleans =
    [
        FuzzValue.Raw("true", "true", "true"),
        FuzzValue.Raw("false", "false", "false"),
        FuzzValue.Raw("\"yes\"", "\"yes\"", "yes"),
        FuzzValue.Raw("1", "1", "1"),
        FuzzValue.Raw("\"\"", "\"\"", string.Empty),
    ];

    private static readonly FuzzValue[] Dates =
    [
        FuzzValue.Text("0001-01-01", "0001-01-01"),
        FuzzValue.Text("9999-12-31", "9999-12-31"),
        FuzzValue.Text("30 February", "2026-02-30"),
        FuzzValue.Text("month 13", "2026-13-01"),
        FuzzValue.Text("year 10000", "10000-01-01"),
        FuzzValue.Text("negative year", "-0001-01-01"),
        FuzzValue.Text("garbage", "yesterday-ish"),
        FuzzValue.Text("with time", "2026-01-01T25:00:00"),
    ];

    private static readonly FuzzValue[] DateTimes =
    [
        FuzzValue.Text("0001-01-01", "0001-01-01T00:00:00Z"),
        FuzzValue.Text("9999-12-31", "9999-12-31T23:59:59Z"),
        FuzzValue.Text("0001-01-01 +14:00", "0001-01-01T00:00:00+14:00"),
        FuzzValue.Text("9999-12-31 -14:00", "9999-12-31T23:59:59-14:00"),
        FuzzValue.Text("30 February", "2026-02-30T00:00:00Z"),
        FuzzValue.Text("garbage", "tomorrow at noon"),
        FuzzValue.Text("date only", "2026-06-01"),
    ];

    private static readonly FuzzValue[] WrongTypes =
    [
        FuzzValue.JsonOnly("null", "null"),
        FuzzValue.JsonOnly("array", "[\"a\"]"),
        FuzzValue.JsonOnly("object", "{\"a\":1}"),
        FuzzValue.JsonOnly("number", "12"),
        FuzzValue.JsonOnly("boolean", "true"),
        FuzzValue.JsonOnly("string", "\"x\""),
    ];

    /// <summary>Fields a client must never set: the server decides them.</summary>
    private static readonly string ExtraProperties =
        "\"id\":\"00000000-0000-0000-0000-000000000001\",\"tenantId\":\"00000000-0000-0000-0000-000000000002\",\"authorId\":\"00000000-0000-0000-0000-000000000003\"," +
        "\"status\":\"Implemented\",\"voteCount\":1000000,\"isAdmin\":true,\"__proto__\":{\"admin\":true},\"constructor\":{\"prototype\":{}}";

    private static readonly HashSet<string> CoreShapes =
    [
        "body null", "body array", "every property null", "extra properties", "10 000 nested arrays", "array of 200 000 numbers",
        "1 MB string", "random bytes #1", "malformed: unclosed object", "invalid UTF-8", "empty body", "as text/plain", "unknown content type",
    ];

    private static readonly (string Label, string Json)[] Malformed =
    [
        ("unclosed object", "{\"a\": "),
        ("single quotes", "{'a': 'b'}"),
        ("trailing comma", "{\"a\": 1,}"),
        ("extra brace", "{\"a\": 1}}"),
        ("bad escape", "{\"a\": \"\\x41\"}"),
        ("NaN literal", "{\"a\": NaN}"),
        ("comment", "{/* c */ \"a\": 1}"),
        ("two documents", "{}{}"),
        ("bare word", "undefined"),
    ];

    public List<FuzzCase> Generate(ApiOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var parameters = operation.Parameters.Where(p => p.In is "path" or "query").ToList();

        // Optional query parameters are left out of the valid call; each is tried on its own.
        var valid = parameters.ToDictionary(p => p.Name, p => p.In == "query" && !p.Required ? LeftOut : Valid(operation, p.Name, p.Schema));
        var body = operation.Body is null ? null : ValidBody(operation);
        var fixedCases = new List<FuzzCase> { Case(operation, FuzzCaseKind.Baseline, "valid", valid, body) };

        // One input at a time, grouped by input so each gets its share when there are too many.
        var groups = new List<List<FuzzCase>>();
        foreach (var parameter in parameters)
        {
            var kind = parameter.In == "path" ? FuzzCaseKind.PathParameter : FuzzCaseKind.QueryParameter;
            groups.Add(ParameterValues(operation, parameter)
                .Select(value => Case(operation, kind, $"{parameter.Name}={value}", new Dictionary<string, FuzzValue>(valid) { [parameter.Name] = value }, body))
                .ToList());
        }

        if (body is not null)
        {
            var required = Schemas.Required(operation.Body!);
            foreach (var (name, schema) in Schemas.Properties(operation.Body!))
            {
                var group = Variants(operation, name, schema, forUrl: false)
                    .Select(value => Case(operation, FuzzCaseKind.BodyProperty, $"body.{name}={value}", valid, With(body, name, value)))
                    .ToList();
                if (required.Contains(name))
                {
                    group.Add(Case(operation, FuzzCaseKind.BodyMissing, $"body without {name}", valid, body.Where(p => p.Key != name).ToList()));
                }

                groups.Add(group);
            }

            if (Schemas.Values(operation.Body!) is { } values)
            {
                groups.Add(DictionaryVariants(operation, values).Select(v => Case(operation, FuzzCaseKind.BodyProperty, $"body={v.Label}", valid, Encode(v.Json), "application/json")).ToList());
            }

            // A core of broken bodies always; the rest take their turn with the properties.
            var shapes = BodyShapes(operation, valid, body).ToList();
            fixedCases.AddRange(shapes.Where(c => CoreShapes.Contains(c.Label)));
            groups.Add(shapes.Where(c => !CoreShapes.Contains(c.Label)).ToList());
        }
        else if (operation.Method is "POST" or "PUT" or "PATCH")
        {
            fixedCases.Add(Case(operation, FuzzCaseKind.BodyShape, "unexpected JSON body", valid, Encode("{\"x\":1}"), "application/json"));
            fixedCases.Add(Case(operation, FuzzCaseKind.BodyShape, "unexpected random bytes", valid, RandomBytes(256), "application/json"));
        }

        fixedCases.AddRange(QueryShapes(operation, valid, body, parameters));
        for (var i = 0; i < Combinations && (parameters.Count > 0 || body is { Count: > 0 }); i++)
        {
            fixedCases.Add(Combination(operation, parameters, valid, body));
        }

        return [.. fixedCases, .. Share(groups, maxCasesPerOperation - fixedCases.Count)];
    }

    /// <summary>Round-robin over the shuffled groups until <paramref name="room"/> cases are taken.</summary>
    private List<FuzzCase> Share(List<List<FuzzCase>> groups, int room)
    {
        var queues = groups.Where(g => g.Count > 0).Select(g => new Queue<FuzzCase>(g.OrderBy(_ => random.Next()))).ToList();
        var result = new List<FuzzCase>();
        while (result.Count < Math.Max(room, queues.Count) && queues.Any(q => q.Count > 0))
        {
            foreach (var queue in queues.Where(q => q.Count > 0))
            {
                result.Add(queue.Dequeue());
            }
        }

        return result;
    }

    /// <summary>The values a parameter is tried with: a query parameter also with its valid value (it is left out otherwise).</summary>
    private List<FuzzValue> ParameterValues(ApiOperation operation, ApiParameter parameter)
    {
        var values = Variants(operation, parameter.Name, parameter.Schema, forUrl: true).Where(v => v.Url is not null).ToList();
        if (parameter.In == "query")
        {
            values.Insert(0, Valid(operation, parameter.Name, parameter.Schema));
        }

        return values;
    }

    private FuzzValue Valid(ApiOperation operation, string name, JsonObject schema)
    {
        var real = ids.For(operation, name);
        var kind = Schemas.Kind(schema);
        if (kind == SchemaKind.Array)
        {
            return real.Count > 0
                ? FuzzValue.JsonOnly("real", "[" + string.Join(',', real.Select(Json)) + "]")
                : FuzzValue.JsonOnly("one valid item", "[" + Valid(operation, name, Schemas.Items(schema)).Json + "]");
        }

        if (real.Count > 0)
        {
            return FuzzValue.Text("real", real[0]);
        }

        return kind switch
        {
            SchemaKind.Uuid => FuzzValue.Text("random id", NewGuid().ToString()),
            SchemaKind.Enum => FuzzValue.Text(Schemas.Enum(schema)[0], Schemas.Enum(schema)[0]),
            SchemaKind.Date => FuzzValue.Text("a date", "2026-03-01"),
            SchemaKind.DateTime => FuzzValue.Text("a time", "2026-03-01T12:00:00Z"),
            SchemaKind.Integer => FuzzValue.Raw("1", "1", "1"),
            SchemaKind.Number => FuzzValue.Raw("60.17", "60.17", "60.17"),
            SchemaKind.Boolean => FuzzValue.Raw("true", "true", "true"),
            SchemaKind.Object => FuzzValue.JsonOnly("object", Object(Schemas.Properties(schema).Select(p => new KeyValuePair<string, FuzzValue>(p.Name, Valid(operation, p.Name, p.Schema))))),
            _ => FuzzValue.Text("text", "Fuzz-testin arvo kentälle"),
        };
    }

    private List<KeyValuePair<string, FuzzValue>> ValidBody(ApiOperation operation)
    {
        if (ids.Example(operation) is { } example)
        {
            return example.Select(p => new KeyValuePair<string, FuzzValue>(p.Key, FuzzValue.JsonOnly("real", p.Value?.ToJsonString() ?? "null"))).ToList();
        }

        return Schemas.Properties(operation.Body!).Select(p => new KeyValuePair<string, FuzzValue>(p.Name, Valid(operation, p.Name, p.Schema))).ToList();
    }

    /// <summary>Every value tried for one input besides the valid one.</summary>
    private List<FuzzValue> Variants(ApiOperation operation, string name, JsonObject schema, bool forUrl)
    {
        var kind = Schemas.Kind(schema);
        var result = new List<FuzzValue>();
        if (kind != SchemaKind.Array)
        {
            result.AddRange(ids.For(operation, name).Skip(1).Select((v, i) => FuzzValue.Text($"real #{i + 2}", v)));
        }

        switch (kind)
        {
            case SchemaKind.Uuid:
                result.AddRange(ids.OtherCity.Select((v, i) => FuzzValue.Text($"other city's id #{i + 1}", v)));
                result.Add(FuzzValue.Text("empty guid", Guid.Empty.ToString()));
                result.Add(FuzzValue.Text("random guid", NewGuid().ToString()));
                result.Add(FuzzValue.Text("not-a-guid", "not-a-guid"));
                result.Add(FuzzValue.Text("overlong", NewGuid() + new string('0', forUrl ? 2_000 : LongInBody)));
                result.Add(FuzzValue.Text("unicode", "ääääääää-öööö-åååå-ÄÄÄÄ-ÖÖÖÖÖÖÖÖÖÖÖÖ"));
                result.Add(FuzzValue.Text("NUL", "\u0000"));
                result.Add(FuzzValue.Raw("escaped NUL", "\"%00\"", "%00"));
                result.Add(FuzzValue.Text("empty", string.Empty));
                break;
            case SchemaKind.Enum:
                var values = Schemas.Enum(schema);
                result.AddRange(values.Skip(1).Select(v => FuzzValue.Text(v, v)));
                result.AddRange(values.Select(v => FuzzValue.Text(v.ToLowerInvariant(), v.ToLowerInvariant())));
                result.Add(FuzzValue.Text("unknown", "Unknown"));
                result.Add(FuzzValue.Raw("number 99", "99", "99"));
                result.Add(FuzzValue.Raw("number -1", "-1", "-1"));

                // On the wire an enum is a string like any other.
                result.AddRange(Strings);
                break;
            case SchemaKind.Integer:
                result.AddRange(Integers);
                break;
            case SchemaKind.Number:
                result.AddRange(Numbers);
                break;
            case SchemaKind.Boolean:
                result.AddRange(Booleans);
                break;
            case SchemaKind.Date:
                result.AddRange(Dates);
                break;
            case SchemaKind.DateTime:
                result.AddRange(DateTimes);
                break;
            case SchemaKind.Array:
                result.AddRange(ArrayVariants(operation, name, schema));
                break;
            case SchemaKind.Object:
                result.Add(FuzzValue.JsonOnly("empty object", "{}"));
                break;
            default:
                result.AddRange(Strings);
                result.Add(FuzzValue.Text("long", new string('a', forUrl ? LongInUrl : LongInBody)));
                result.Add(FuzzValue.Text("random text", RandomText(40)));
                break;
        }

        if (!forUrl)
        {
            result.AddRange(WrongTypes);
        }

        return result;
    }

    private List<FuzzValue> ArrayVariants(ApiOperation operation, string name, JsonObject schema)
    {
        var item = Valid(operation, name, Schemas.Items(schema)).Json;
        var result = new List<FuzzValue>
        {
            FuzzValue.JsonOnly("empty array", "[]"),
            FuzzValue.JsonOnly("[null]", "[null]"),
            FuzzValue.JsonOnly("the same item twice", $"[{item},{item}]"),
            FuzzValue.JsonOnly("100 000 items", "[" + string.Join(',', Enumerable.Repeat(item, 100_000)) + "]"),
            FuzzValue.JsonOnly("nested arrays", "[[" + item + "]]"),
        };
        var itemName = ids.For(operation, name).Count > 0 ? name : string.Empty;
        result.AddRange(Variants(operation, itemName, Schemas.Items(schema), forUrl: false).Take(12).Select(v => FuzzValue.JsonOnly($"[{v.Label}]", "[" + v.Json + "]")));
        return result;
    }

    /// <summary>A dictionary body ({"idea.comment": "Weekly"}): odd keys, odd values, many keys.</summary>
    private List<FuzzValue> DictionaryVariants(ApiOperation operation, JsonObject values)
    {
        var example = ids.Example(operation);
        var key = example?.FirstOrDefault().Key ?? "key";
        var value = Valid(operation, key, values).Json;
        var result = new List<FuzzValue>
        {
            FuzzValue.JsonOnly("unknown key", $"{{\"unknown.kind\":{value}}}"),
            FuzzValue.JsonOnly("empty key", $"{{\"\":{value}}}"),
            FuzzValue.JsonOnly("NUL key", $"{{\"a\\u0000\":{value}}}"),
            FuzzValue.JsonOnly("long key", $"{{\"{new string('k', LongInBody)}\":{value}}}"),
            FuzzValue.JsonOnly("1000 keys", "{" + string.Join(',', Enumerable.Range(0, 1000).Select(i => $"\"kind.{i}\":{value}")) + "}"),
        };
        foreach (var v in Strings.Concat(WrongTypes).Concat([FuzzValue.Text("unknown", "Sometimes"), FuzzValue.Text("lower case", "weekly")]))
        {
            result.Add(FuzzValue.JsonOnly($"{{{key}: {v.Label}}}", $"{{{Json(key)}:{v.Json}}}"));
        }

        return result;
    }

    private IEnumerable<FuzzCase> BodyShapes(ApiOperation operation, Dictionary<string, FuzzValue> valid, List<KeyValuePair<string, FuzzValue>> body)
    {
        var json = Object(body);
        var first = body.Count > 0 ? body[0].Key : "a";
        FuzzCase Shape(string label, string text, string? contentType = "application/json") => Case(operation, FuzzCaseKind.BodyShape, label, valid, Encode(text), contentType);

        yield return Shape("body null", "null");
        yield return Shape("body array", "[]");
        yield return Shape("body string", "\"text\"");
        yield return Shape("body number", "42");
        yield return Shape("body empty object", "{}");
        yield return Shape("every property null", Object(body.Select(p => new KeyValuePair<string, FuzzValue>(p.Key, FuzzValue.JsonOnly("null", "null")))));
        yield return Shape("extra properties", json.Length > 2 ? json[..^1] + "," + ExtraProperties + "}" : "{" + ExtraProperties + "}");
        yield return Shape("property twice", json.Length > 2 ? json[..^1] + $",{Json(first)}:\"again\"}}" : json);
        yield return Shape("10 000 nested arrays", $"{{{Json(first)}:{new string('[', 10_000)}{new string(']', 10_000)}}}");
        yield return Shape("5 000 nested objects", string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000));
        yield return Shape("array of 200 000 numbers", $"{{{Json(first)}:[{string.Join(',', Enumerable.Repeat("0", 200_000))}]}}");
        yield return Shape("1 MB string", $"{{{Json(first)}:\"{new string('a', 1_000_000)}\"}}");
        yield return Shape("byte order mark", "\uFEFF" + json);
        yield return Shape("trailing garbage", json + " xyz");
        foreach (var (label, text) in Malformed)
        {
            yield return Shape("malformed: " + label, text);
        }

        for (var i = 0; i < 3; i++)
        {
            yield return Case(operation, FuzzCaseKind.BodyShape, $"random bytes #{i + 1}", valid, RandomBytes(random.Next(1, 2_000)), "application/json");
        }

        yield return Case(operation, FuzzCaseKind.BodyShape, "invalid UTF-8", valid, [.. Encoding.UTF8.GetBytes($"{{{Json(first)}:\"a"), 0xC3, 0x28, 0xFF, .. "\"}"u8.ToArray()], "application/json");
        yield return Case(operation, FuzzCaseKind.BodyShape, "UTF-16 with charset", valid, Encoding.Unicode.GetBytes(json), "application/json; charset=utf-16");
        yield return Case(operation, FuzzCaseKind.BodyShape, "empty body", valid, [], "application/json");
        yield return Shape("as text/plain", json, "text/plain");
        yield return Shape("as a form", $"{Uri.EscapeDataString(first)}=x&b=y", "application/x-www-form-urlencoded");
        yield return Shape("no content type", json, null);
        yield return Shape("unknown content type", json, "application/vnd.fuzz+json; charset=nope");
    }

    private IEnumerable<FuzzCase> QueryShapes(ApiOperation operation, Dictionary<string, FuzzValue> valid, List<KeyValuePair<string, FuzzValue>>? body, List<ApiParameter> parameters)
    {
        var url = Url(operation, valid);
        var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var bytes = body is null ? null : Encode(Object(body));
        var type = body is null ? null : "application/json";
        yield return new FuzzCase(operation, FuzzCaseKind.QueryShape, "unknown query parameters", url + separator + $"fuzz=1&__proto__%5Badmin%5D=true&tenantId={NewGuid()}&city=espoo&lang=xx", bytes, type);
        yield return new FuzzCase(operation, FuzzCaseKind.QueryShape, "500 query parameters", url + separator + string.Join('&', Enumerable.Range(0, 500).Select(i => $"p{i}={i}")), bytes, type);
        var query = parameters.Where(p => p.In == "query").ToList();
        if (query.Count > 0)
        {
            var repeated = string.Join('&', query.Select(p => $"{p.Name}={Valid(operation, p.Name, p.Schema).Url}&{p.Name}=0&{p.Name}=%00"));
            yield return new FuzzCase(operation, FuzzCaseKind.QueryShape, "every query parameter three times", url + separator + repeated, bytes, type);
        }
    }

    private FuzzCase Combination(ApiOperation operation, List<ApiParameter> parameters, Dictionary<string, FuzzValue> valid, List<KeyValuePair<string, FuzzValue>>? body)
    {
        var values = new Dictionary<string, FuzzValue>(valid);
        var changed = new List<string>();
        foreach (var parameter in parameters.Where(_ => random.Next(2) == 0))
        {
            var pool = ParameterValues(operation, parameter);
            values[parameter.Name] = pool[random.Next(pool.Count)];
            changed.Add($"{parameter.Name}={values[parameter.Name]}");
        }

        List<KeyValuePair<string, FuzzValue>>? fields = null;
        if (body is not null)
        {
            var schemas = Schemas.Properties(operation.Body!).ToDictionary(p => p.Name, p => p.Schema);
            fields = [];
            foreach (var (name, value) in body)
            {
                if (schemas.TryGetValue(name, out var schema) && random.Next(2) == 0)
                {
                    var pool = Variants(operation, name, schema, forUrl: false);
                    var picked = pool[random.Next(pool.Count)];
                    fields.Add(new(name, picked));
                    changed.Add($"body.{name}={picked}");
                }
                else
                {
                    fields.Add(new(name, value));
                }
            }
        }

        return Case(operation, FuzzCaseKind.Combination, changed.Count == 0 ? "valid" : string.Join(", ", changed), values, fields);
    }

    private static FuzzCase Case(ApiOperation operation, FuzzCaseKind kind, string label, Dictionary<string, FuzzValue> parameters, List<KeyValuePair<string, FuzzValue>>? body) =>
        Case(operation, kind, label, parameters, body is null ? null : Encode(Object(body)), body is null ? null : "application/json");

    private static FuzzCase Case(ApiOperation operation, FuzzCaseKind kind, string label, Dictionary<string, FuzzValue> parameters, byte[]? body, string? contentType) =>
        new(operation, kind, label, Url(operation, parameters), body, contentType);

    private static string Url(ApiOperation operation, Dictionary<string, FuzzValue> parameters)
    {
        var path = operation.Path;
        var query = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            var value = parameters[parameter.Name];
            if (parameter.In == "path")
            {
                path = path.Replace("{" + parameter.Name + "}", value.Url, StringComparison.Ordinal);
            }
            else if (parameter.In == "query" && value.Url is not null)
            {
                query.Add($"{Uri.EscapeDataString(parameter.Name)}={value.Url}");
            }
        }

        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }

    private static List<KeyValuePair<string, FuzzValue>> With(List<KeyValuePair<string, FuzzValue>> body, string name, FuzzValue value) =>
        body.Any(p => p.Key == name) ? body.Select(p => p.Key == name ? new KeyValuePair<string, FuzzValue>(name, value) : p).ToList() : [.. body, new(name, value)];

    private static string Object(IEnumerable<KeyValuePair<string, FuzzValue>> fields) =>
        "{" + string.Join(',', fields.Select(f => $"{Json(f.Key)}:{f.Value.Json}")) + "}";

    private static string Json(string text) => FuzzValue.Text(string.Empty, text).Json;

    private static byte[] Encode(string text) => Encoding.UTF8.GetBytes(text);

    private Guid NewGuid()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Random code points from the whole BMP, surrogates left out.</summary>
    private string RandomText(int length)
    {
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            var c = (char)random.Next(1, 0xFFFE);
            if (!char.IsSurrogate(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
