using System.Diagnostics;
using CoDesign.Application.Seeding;
using CoDesign.Domain.Search;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using NpgsqlTypes;

namespace CoDesign.Bench;

/// <summary>
/// A reproducible dataset on a migrated CoDesign database: at scale 1, six cities with 200,000
/// ideas each, 12 million votes, 3 million comments and 300,000 participants. Support is skewed
/// like real participation (Zipf: the idea of rank r gets a share proportional to 1/(r+10), so the
/// top 1% of ideas draw about half of the votes); discussion follows support. Loaded with binary
/// COPY into tables stripped of their secondary indexes and foreign keys, which are rebuilt after
/// the load; VoteCount and CommentCount equal the rows.
/// </summary>
internal sealed class DataGenerator(string connectionString, double scale, int seed, TextWriter log)
{
    public const string BenchPassword = "Bench-password-2026";
    public const int BenchAccounts = 1000;
    public const string CoordinatorEmail = "bench-coordinator@bench.codesign.fi";

    private static readonly string[] LoadedTables = ["AspNetUsers", "Ideas", "Votes", "Comments"];
    private static readonly (string Status, double Share)[] Statuses =
        [("Published", 0.85), ("UnderReview", 0.05), ("Accepted", 0.03), ("InProgress", 0.02), ("Implemented", 0.02), ("NotPursued", 0.03)];

    private static readonly string[] FirstNames = ["Aino", "Eino", "Helmi", "Väinö", "Sofia", "Leo", "Ella", "Oliver", "Saga", "Elias", "Linnea", "Onni", "Maja", "Hugo", "Ilona", "Axel"];
    private static readonly string[] LastNames = ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Lindholm", "Heikkinen", "Koskinen", "Johansson", "Laine", "Nyström", "Salo", "Karlsson"];

    private readonly DateTime _now = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private int IdeasPerCity => Math.Max(50, (int)(200_000 * scale));

    private long TotalVotes => (long)(12_000_000 * scale);

    private long TotalComments => (long)(3_000_000 * scale);

    private int Participants => Math.Max(2_000, (int)(300_000 * scale));

    public async Task<Dictionary<string, TimeSpan>> RunAsync()
    {
        var times = new Dictionary<string, TimeSpan>();
        var clock = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var cities = await CitiesAsync(connection);
        var (indexes, constraints) = await StripAsync(connection);
        times["strip indexes"] = clock.Elapsed;

        clock.Restart();
        var users = await CopyUsersAsync(connection);
        times["copy participants"] = clock.Elapsed;
        log.WriteLine($"  {users.Length:N0} participants in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        var ideas = await CopyIdeasAsync(connection, cities, users);
        times["copy ideas"] = clock.Elapsed;
        log.WriteLine($"  {ideas.Count:N0} ideas in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        var counts = await Task.WhenAll(
            Task.Run(() => CopyVotesAsync(ideas, users)),
            Task.Run(() => CopyCommentsAsync(ideas, users)));
        times["copy votes and comments"] = clock.Elapsed;
        log.WriteLine($"  {counts[0]:N0} votes and {counts[1]:N0} comments in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        await RebuildAsync(indexes, constraints);
        times["build indexes and keys"] = clock.Elapsed;

        clock.Restart();
        foreach (var table in LoadedTables)
        {
            await ExecAsync(connection, $"VACUUM (ANALYZE) \"{table}\"", timeout: 0);
        }

        times["vacuum analyze"] = clock.Elapsed;
        return times;
    }

    private static async Task<List<City>> CitiesAsync(NpgsqlConnection connection)
    {
        var cities = new List<City>();
        await using (var command = new NpgsqlCommand("""SELECT "Id", "Slug" FROM "Cities" ORDER BY "Slug" """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                cities.Add(new City(reader.GetGuid(0), reader.GetString(1), []));
            }
        }

        var categories = new List<(Guid Id, Guid City, string Theme)>();
        await using (var command = new NpgsqlCommand("""SELECT c."Id", c."TenantId", t."Key" FROM "Categories" c JOIN "Themes" t ON t."Id" = c."ThemeId" ORDER BY c."TenantId", c."SortOrder", c."Id" """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                categories.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2)));
            }
        }

        return cities.Select(c => c with { Categories = categories.Where(k => k.City == c.Id).Select(k => (k.Id, k.Theme)).ToList() }).ToList();
    }

    /// <summary>Drops the loaded tables' secondary indexes, their foreign keys and the votes' primary key, and returns how to make them again.</summary>
    private static async Task<(List<string> Indexes, List<string> Constraints)> StripAsync(NpgsqlConnection connection)
    {
        var constraints = new List<(string Name, string Table, string Definition)>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT c.conname, quote_ident(r.relname), pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid
            WHERE r.relname = ANY(@t) AND (c.contype = 'f' OR (c.contype = 'p' AND r.relname = 'Votes'))
            ORDER BY c.contype DESC, c.conname
            """, connection))
        {
            command.Parameters.AddWithValue("t", LoadedTables);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                constraints.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var indexes = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename = ANY(@t)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """, connection))
        {
            command.Parameters.AddWithValue("t", LoadedTables);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, table, _) in constraints.Where(c => !c.Definition.StartsWith("PRIMARY", StringComparison.Ordinal)))
        {
            await ExecAsync(connection, $"ALTER TABLE {table} DROP CONSTRAINT \"{name}\"");
        }

        foreach (var (name, table, _) in constraints.Where(c => c.Definition.StartsWith("PRIMARY", StringComparison.Ordinal)))
        {
            await ExecAsync(connection, $"ALTER TABLE {table} DROP CONSTRAINT \"{name}\"");
        }

        foreach (var (name, _) in indexes)
        {
            await ExecAsync(connection, $"DROP INDEX \"{name}\"");
        }

        // Keys first (the foreign keys need the primary keys), then indexes, then foreign keys.
        var rebuildConstraints = constraints.OrderBy(c => c.Definition.StartsWith("PRIMARY", StringComparison.Ordinal) ? 0 : 1)
            .Select(c => $"ALTER TABLE {c.Table} ADD CONSTRAINT \"{c.Name}\" {c.Definition}").ToList();
        return (indexes.Select(i => i.Definition).ToList(), rebuildConstraints);
    }

    /// <summary>Two connections build at once (one per core); primary keys before the foreign keys that need them.</summary>
    private async Task RebuildAsync(List<string> indexes, List<string> constraints)
    {
        var keys = constraints.Where(c => c.Contains("PRIMARY KEY", StringComparison.Ordinal)).ToList();
        var foreign = constraints.Except(keys).ToList();
        await RunInParallelAsync(keys.Concat(indexes).ToList());
        await RunInParallelAsync(foreign);
    }

    private async Task RunInParallelAsync(List<string> statements)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await ExecAsync(connection, "SET maintenance_work_mem = '1GB'");
            int i;
            while ((i = Interlocked.Increment(ref next)) < statements.Count)
            {
                var clock = Stopwatch.StartNew();
                await ExecAsync(connection, statements[i], timeout: 0);
                log.WriteLine($"    {clock.Elapsed.TotalSeconds,6:F1} s  {(statements[i].Length > 110 ? statements[i][..110] : statements[i])}");
            }
        })));
    }

    private async Task<Guid[]> CopyUsersAsync(NpgsqlConnection connection)
    {
        var random = new Random(seed);
        var hash = new PasswordHasher<object>().HashPassword(new object(), BenchPassword);
        var ids = new Guid[Participants];
        var created = _now.AddYears(-3);
        await using (var copy = await connection.BeginBinaryImportAsync(
            """COPY "AspNetUsers" ("Id", "DisplayName", "PreferredLanguage", "CreatedAt", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var p = 0; p <= ids.Length; p++)
            {
                var coordinator = p == ids.Length;
                var at = created.AddMinutes(random.Next(0, 3 * 365 * 24 * 60));
                var id = Ids.V7(at, random);
                var email = coordinator ? CoordinatorEmail : $"participant{p}@bench.codesign.fi";
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(coordinator ? "Koordinaattori" : $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}", NpgsqlDbType.Text);
                await copy.WriteAsync(random.Next(10) switch { 0 => "en", < 3 => "sv", _ => "fi" }, NpgsqlDbType.Text);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(email, NpgsqlDbType.Text);
                await copy.WriteAsync(email.ToUpperInvariant(), NpgsqlDbType.Text);
                await copy.WriteAsync(email, NpgsqlDbType.Text);
                await copy.WriteAsync(email.ToUpperInvariant(), NpgsqlDbType.Text);
                await copy.WriteAsync(true, NpgsqlDbType.Boolean);
                if (p < BenchAccounts || coordinator)
                {
                    await copy.WriteAsync(hash, NpgsqlDbType.Text);
                }
                else
                {
                    await copy.WriteNullAsync();
                }

                await copy.WriteAsync(id.ToString("N").ToUpperInvariant(), NpgsqlDbType.Text);
                await copy.WriteAsync(id.ToString(), NpgsqlDbType.Text);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                await copy.WriteAsync(true, NpgsqlDbType.Boolean);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                if (!coordinator)
                {
                    ids[p] = id;
                }
            }

            await copy.CompleteAsync();
        }

        await ExecAsync(connection, $"""
            INSERT INTO "AspNetUserRoles" ("UserId", "RoleId")
            SELECT u."Id", r."Id" FROM "AspNetUsers" u, "AspNetRoles" r WHERE u."Email" = '{CoordinatorEmail}' AND r."Name" = 'Coordinator'
            """);
        return ids;
    }

    private async Task<List<IdeaRow>> CopyIdeasAsync(NpgsqlConnection connection, List<City> cities, Guid[] users)
    {
        var ideas = new List<IdeaRow>(cities.Count * IdeasPerCity);
        var keys = new Dictionary<(int, int), string>();
        var templates = DemoContent.Ideas;
        await using var copy = await connection.BeginBinaryImportAsync(
            """COPY "Ideas" ("Id", "TenantId", "Title", "Body", "CategoryId", "District", "Language", "AuthorId", "Channel", "Status", "VoteCount", "CommentCount", "FollowerCount", "CreatedAt", "PublishedAt", "LastActivityAt", "FirstResponseAt", "SearchKeys", "RandomKey", "ConsentNoted", "ProvisionallyHidden") FROM STDIN (FORMAT BINARY)""");
        for (var c = 0; c < cities.Count; c++)
        {
            var city = cities[c];
            var districts = DemoContent.Cities.FirstOrDefault(s => s.Slug == city.Slug)?.Districts ?? ["Keskusta"];
            var random = new Random(seed + (31 * (c + 1)));
            var pool = CityPool(users.Length, c, cities.Count);
            var votes = Zipf(IdeasPerCity, TotalVotes / cities.Count, 1.0, pool.Size, random);
            var comments = Zipf(IdeasPerCity, TotalComments / cities.Count, 0.9, int.MaxValue, random);

            // Popularity is not a matter of age: ranks are shuffled over the ideas.
            var rank = Enumerable.Range(0, IdeasPerCity).ToArray();
            random.Shuffle(rank);
            for (var k = 0; k < IdeasPerCity; k++)
            {
                var t = random.Next(templates.Count);
                var template = templates[t];
                var d = random.Next(districts.Count);
                if (!keys.TryGetValue((t, d), out var searchKeys))
                {
                    searchKeys = TextKeys.ForIndex(template.Title, template.Body + " " + districts[d]);
                    keys[(t, d)] = searchKeys;
                }

                var fitting = city.Categories.Where(x => x.Theme == template.ThemeKey).ToList();
                var category = fitting.Count > 0 ? fitting[random.Next(fitting.Count)].Id : city.Categories[random.Next(city.Categories.Count)].Id;
                var published = _now.AddMinutes(-random.Next(60, 3 * 365 * 24 * 60));
                var status = PickStatus(random.NextDouble());
                var row = new IdeaRow(Ids.V7(published, random), city.Id, pool, template.Language, published, votes[rank[k]], comments[rank[k]], seed + (c * 10_000_000) + k);
                ideas.Add(row);
                var author = pool.Person((int)(pool.Size * Math.Pow(random.NextDouble(), 3)));
                await copy.StartRowAsync();
                await copy.WriteAsync(row.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(city.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(template.Title, NpgsqlDbType.Text);
                await copy.WriteAsync($"{template.Body}\n\nAlue: {districts[d]}.", NpgsqlDbType.Text);
                await copy.WriteAsync(category, NpgsqlDbType.Uuid);
                await copy.WriteAsync(districts[d], NpgsqlDbType.Text);
                await copy.WriteAsync(template.Language, NpgsqlDbType.Text);
                await copy.WriteAsync(users[author], NpgsqlDbType.Uuid);
                await copy.WriteAsync("Online", NpgsqlDbType.Text);
                await copy.WriteAsync(status, NpgsqlDbType.Text);
                await copy.WriteAsync(row.Votes, NpgsqlDbType.Integer);
                await copy.WriteAsync(row.Comments, NpgsqlDbType.Integer);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync(published.AddHours(-random.Next(1, 48)), NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(published, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(row.LastActivity(_now), NpgsqlDbType.TimestampTz);
                if (status is "Published")
                {
                    await copy.WriteNullAsync();
                }
                else
                {
                    await copy.WriteAsync(published.AddDays(random.Next(1, 60)), NpgsqlDbType.TimestampTz);
                }

                await copy.WriteAsync(searchKeys, NpgsqlDbType.Text);
                await copy.WriteAsync(random.Next(), NpgsqlDbType.Integer);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
            }
        }

        await copy.CompleteAsync();
        return ideas;
    }

    private async Task<long> CopyVotesAsync(List<IdeaRow> ideas, Guid[] users)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var copy = await connection.BeginBinaryImportAsync("""COPY "Votes" ("Id", "TenantId", "IdeaId", "VoterId", "CreatedAt") FROM STDIN (FORMAT BINARY)""");
        long rows = 0;
        foreach (var idea in ideas)
        {
            var random = new Random(idea.Seed);
            var start = random.Next(idea.Pool.Size);
            for (var j = 0; j < idea.Votes; j++)
            {
                // A stride coprime with the pool visits distinct people: one vote per person and idea.
                var voter = idea.Pool.Person((int)((start + ((long)j * idea.Pool.Stride)) % idea.Pool.Size));
                var at = idea.ActivityAt(j, idea.Votes, _now);
                await copy.StartRowAsync();
                await copy.WriteAsync(Ids.V7(at, random), NpgsqlDbType.Uuid);
                await copy.WriteAsync(idea.City, NpgsqlDbType.Uuid);
                await copy.WriteAsync(idea.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(users[voter], NpgsqlDbType.Uuid);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                rows++;
            }
        }

        await copy.CompleteAsync();
        return rows;
    }

    private async Task<long> CopyCommentsAsync(List<IdeaRow> ideas, Guid[] users)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var fi = DemoContent.Comments.Where(t => t.Language == "fi").Select(t => t.Text).ToArray();
        var sv = DemoContent.Comments.Where(t => t.Language == "sv").Select(t => t.Text).ToArray();
        await using var copy = await connection.BeginBinaryImportAsync(
            """COPY "Comments" ("Id", "TenantId", "IdeaId", "ParentId", "AuthorId", "Body", "IsOfficial", "CreatedAt", "ProvisionallyHidden") FROM STDIN (FORMAT BINARY)""");
        long rows = 0;
        foreach (var idea in ideas)
        {
            var random = new Random(idea.Seed ^ 0x5bd1e995);
            var texts = idea.Language == "sv" ? sv : fi;
            Guid? thread = null;
            for (var j = 0; j < idea.Comments; j++)
            {
                var at = idea.ActivityAt(j, idea.Comments, _now);
                var id = Ids.V7(at, random);
                var reply = thread is not null && random.NextDouble() < 0.3;
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(idea.City, NpgsqlDbType.Uuid);
                await copy.WriteAsync(idea.Id, NpgsqlDbType.Uuid);
                if (reply)
                {
                    await copy.WriteAsync(thread!.Value, NpgsqlDbType.Uuid);
                }
                else
                {
                    await copy.WriteNullAsync();
                    thread = id;
                }

                await copy.WriteAsync(users[idea.Pool.Person(random.Next(idea.Pool.Size))], NpgsqlDbType.Uuid);
                await copy.WriteAsync(texts[random.Next(texts.Length)], NpgsqlDbType.Text);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                rows++;
            }
        }

        await copy.CompleteAsync();
        return rows;
    }

    /// <summary>Counts per rank: rank r gets total / H · 1/(r+10)^s, rounded at random so the sum stays near the total; never more than the pool.</summary>
    private static int[] Zipf(int n, long total, double s, int cap, Random random)
    {
        var weights = new double[n];
        var sum = 0.0;
        for (var r = 0; r < n; r++)
        {
            weights[r] = 1 / Math.Pow(r + 10, s);
            sum += weights[r];
        }

        var counts = new int[n];
        for (var r = 0; r < n; r++)
        {
            var expected = total * weights[r] / sum;
            var whole = (int)Math.Floor(expected);
            counts[r] = Math.Min(cap, whole + (random.NextDouble() < expected - whole ? 1 : 0));
        }

        return counts;
    }

    private static string PickStatus(double u)
    {
        foreach (var (status, share) in Statuses)
        {
            if ((u -= share) < 0)
            {
                return status;
            }
        }

        return "Published";
    }

    /// <summary>The people of one city: every participant whose number modulo the city count is the city's.</summary>
    private static Pool CityPool(int participants, int city, int cities)
    {
        var size = (participants - city + cities - 1) / cities;
        int[] primes = [7_919, 10_007, 104_729, 15_485_863];
        var stride = primes.First(p => size % p != 0);
        return new Pool(city, cities, size, stride);
    }

    private static async Task ExecAsync(NpgsqlConnection connection, string sql, int timeout = 300)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = timeout };
        await command.ExecuteNonQueryAsync();
    }

    private sealed record City(Guid Id, string Slug, List<(Guid Id, string Theme)> Categories);

    private sealed record Pool(int City, int Cities, int Size, int Stride)
    {
        public int Person(int index) => (index * Cities) + City;
    }

    private sealed record IdeaRow(Guid Id, Guid City, Pool Pool, string Language, DateTime Published, int Votes, int Comments, int Seed)
    {
        /// <summary>The j-th of n events: spread from publication to now, denser early (most support comes soon after publishing).</summary>
        public DateTime ActivityAt(int j, int n, DateTime now) =>
            Published.AddTicks((long)((now - Published).Ticks * Math.Pow((j + 1.0) / (n + 1.0), 2)));

        public DateTime LastActivity(DateTime now)
        {
            var last = Published;
            if (Votes > 0 && ActivityAt(Votes - 1, Votes, now) > last)
            {
                last = ActivityAt(Votes - 1, Votes, now);
            }

            if (Comments > 0 && ActivityAt(Comments - 1, Comments, now) > last)
            {
                last = ActivityAt(Comments - 1, Comments, now);
            }

            return last;
        }
    }
}
