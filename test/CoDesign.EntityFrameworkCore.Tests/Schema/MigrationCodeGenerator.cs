using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace CoDesign.EntityFrameworkCore.Tests.Schema;

/// <summary>
/// Writes the provider-neutral MigrationBuilder code that creates the current model from nothing.
/// The design package that scaffolds migrations cannot be restored here, so this is what a
/// developer copies from when the schema test shows a difference (only the new parts).
/// </summary>
public static class MigrationCodeGenerator
{
    public static string Generate(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var model = context.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var operations = context.GetService<IMigrationsModelDiffer>().GetDifferences(null, model);
        var sb = new StringBuilder();
        foreach (var operation in operations)
        {
            switch (operation)
            {
                case CreateTableOperation table:
                    WriteTable(sb, table);
                    break;
                case CreateIndexOperation index:
                    WriteIndex(sb, index);
                    break;
                case EnsureSchemaOperation:
                    break;
                default:
                    sb.Append("// not generated: ").AppendLine(operation.GetType().Name);
                    break;
            }
        }

        return sb.ToString();
    }

    private static void WriteTable(StringBuilder sb, CreateTableOperation table)
    {
        sb.AppendLine("migrationBuilder.CreateTable(");
        sb.Append("    name: ").Append(Q(table.Name)).AppendLine(",");
        sb.AppendLine("    columns: table => new");
        sb.AppendLine("    {");
        foreach (var c in table.Columns)
        {
            sb.Append("        ").Append(c.Name).Append(" = table.Column<").Append(TypeName(c.ClrType)).Append(">(");
            var args = new List<string>();
            if (c.MaxLength is { } max)
            {
                args.Add("maxLength: " + max.ToString(CultureInfo.InvariantCulture));
            }

            args.Add("nullable: " + (c.IsNullable ? "true" : "false"));
            sb.Append(string.Join(", ", args)).Append(')');
            if (c.ClrType == typeof(int) && IsIdentity(table, c))
            {
                sb.Append("\n            .Annotation(\"Sqlite:Autoincrement\", true)\n            .Annotation(\"Npgsql:ValueGenerationStrategy\", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)");
            }

            sb.AppendLine(",");
        }

        sb.AppendLine("    },");
        sb.AppendLine("    constraints: table =>");
        sb.AppendLine("    {");
        if (table.PrimaryKey is { } pk)
        {
            sb.Append("        table.PrimaryKey(").Append(Q(pk.Name)).Append(", x => ").Append(Columns(pk.Columns)).AppendLine(");");
        }

        foreach (var fk in table.ForeignKeys)
        {
            sb.Append("        table.ForeignKey(name: ").Append(Q(fk.Name)).Append(", column").Append(fk.Columns.Length > 1 ? "s" : string.Empty).Append(": x => ").Append(Columns(fk.Columns))
              .Append(", principalTable: ").Append(Q(fk.PrincipalTable)).Append(", principalColumn: ").Append(Q(fk.PrincipalColumns![0]))
              .Append(", onDelete: ReferentialAction.").Append(fk.OnDelete).AppendLine(");");
        }

        sb.AppendLine("    });");
        sb.AppendLine();
    }

    private static bool IsIdentity(CreateTableOperation table, AddColumnOperation column) =>
        table.PrimaryKey is { Columns.Length: 1 } pk && pk.Columns[0] == column.Name;

    private static void WriteIndex(StringBuilder sb, CreateIndexOperation index)
    {
        sb.Append("migrationBuilder.CreateIndex(name: ").Append(Q(index.Name)).Append(", table: ").Append(Q(index.Table));
        if (index.Columns.Length == 1)
        {
            sb.Append(", column: ").Append(Q(index.Columns[0]));
        }
        else
        {
            sb.Append(", columns: new[] { ").Append(string.Join(", ", index.Columns.Select(Q))).Append(" }");
        }

        if (index.IsUnique)
        {
            sb.Append(", unique: true");
        }

        if (index.Filter is not null)
        {
            sb.Append(", filter: ").Append(Q(index.Filter));
        }

        sb.AppendLine(");");
    }

    private static string Columns(string[] columns) =>
        columns.Length == 1 ? "x." + columns[0] : "new { " + string.Join(", ", columns.Select(c => "x." + c)) + " }";

    private static string Q(string s) => "\"" + s.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string TypeName(Type t) => t switch
    {
        _ when t == typeof(string) => "string",
        _ when t == typeof(int) => "int",
        _ when t == typeof(long) => "long",
        _ when t == typeof(bool) => "bool",
        _ when t == typeof(double) => "double",
        _ when t == typeof(byte[]) => "byte[]",
        _ => t.Name,
    };
}
