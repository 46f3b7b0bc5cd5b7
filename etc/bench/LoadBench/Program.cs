using System.Diagnostics;
using System.Globalization;
using CoDesign.Bench;

// The performance benchmark's own program (etc/bench/run.sh drives it):
//
//   LoadBench generate --postgres "Host=…;Database=…" [--scale 1.0] [--seed 20261123]
//       fills a migrated, empty CoDesign database with the dataset (see DataGenerator)
//   LoadBench raw --postgres "…" --urls http://127.0.0.1:PORT
//       the raw-SQL baseline server (see RawServer)
var command = args.Length > 0 ? args[0] : "help";
var postgres = Arg("--postgres") ?? Environment.GetEnvironmentVariable("CODESIGN_BENCH_POSTGRES");
switch (command)
{
    case "generate" when postgres is not null:
        var scale = double.Parse(Arg("--scale") ?? "1", CultureInfo.InvariantCulture);
        var seed = int.Parse(Arg("--seed") ?? "20261123", CultureInfo.InvariantCulture);
        Console.WriteLine($"generating at scale {scale} (seed {seed})");
        var clock = Stopwatch.StartNew();
        var times = await new DataGenerator(postgres, scale, seed, Console.Out).RunAsync();
        foreach (var (step, time) in times)
        {
            Console.WriteLine($"{step}: {time.TotalSeconds:F1} s");
        }

        Console.WriteLine($"total load: {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    case "raw" when postgres is not null:
        await RawServer.RunAsync(postgres, Arg("--urls") ?? "http://127.0.0.1:5099");
        return 0;
    default:
        Console.Error.WriteLine("usage: LoadBench generate|raw --postgres CONNECTION [--scale S] [--seed N] [--urls URL]");
        return 2;
}

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
