using System.Reflection;
using System.Text.Json.Nodes;
using Json.Schema;
using Mist.Cli.Commands.Org.Config;

namespace Mist.Cli.Tests.Org;

public class OrgConfigExportTests
{
    [Fact]
    public async Task An_export_holds_every_collection_validates_against_its_schema_and_leaves_secrets_out()
    {
        var org = await OrgConfigFixture.StartAsync();
        await using var cli = org.Cli;
        var plain = OrgConfigFixture.TempFile("org.json");
        var secret = OrgConfigFixture.TempFile("org-secrets.json");

        var without = await org.RunAsync("org", "export", "--org", org.OrgId, "--out", plain);
        var with = await org.RunAsync("org", "export", "--org", org.OrgId, "--out", secret, "--include-secrets");

        Assert.True(without.ExitCode == 0, without.ToString());
        Assert.True(with.ExitCode == 0, with.ToString());
        var schema = JsonSchema.FromText(await File.ReadAllTextAsync(Path.Combine(DocsRunTests.RepositoryRoot(), "docs", "schemas", "org-export.schema.json"), TestContext.Current.CancellationToken));
        foreach (var path in new[] { plain, secret })
        {
            var json = JsonNode.Parse(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
            var result = schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        }

        var document = JsonNode.Parse(await File.ReadAllTextAsync(plain, TestContext.Current.CancellationToken))!;
        Assert.Equal(2, document["version"]!.GetValue<int>());
        Assert.Equal(
            ConfigCollectionTable.Org().Select(c => c.Key).Order(StringComparer.Ordinal),
            document["org_objects"]!.AsObject().Select(p => p.Key));
        Assert.All(document["sites"]!.AsArray(), s => Assert.Equal(
            ConfigCollectionTable.Site().Select(c => c.Key).Order(StringComparer.Ordinal),
            s!["objects"]!.AsObject().Select(p => p.Key)));
        Assert.Contains("id", document["server_managed_fields"]!["all"]!.AsArray().Select(n => (string)n!));

        var plainText = await File.ReadAllTextAsync(plain, TestContext.Current.CancellationToken);
        foreach (var value in new[] { "corp-secret-1", "tablet-passphrase", "hook-secret" })
        {
            Assert.DoesNotContain(value, plainText, StringComparison.Ordinal);
        }

        Assert.Equal(ExportFormat.SecretPlaceholder, (string)document["org_objects"]!["psks"]![0]!["passphrase"]!);
        Assert.Equal(ExportFormat.SecretPlaceholder, (string)document["org_objects"]!["webhooks"]![0]!["secret"]!);
        Assert.Equal(ExportFormat.SecretPlaceholder, (string)document["org_objects"]!["wlans"]![0]!["auth"]!["psk"]!);
        var secretText = await File.ReadAllTextAsync(secret, TestContext.Current.CancellationToken);
        Assert.Contains("corp-secret-1", secretText, StringComparison.Ordinal);
        Assert.Contains("Warning: the export holds secrets", with.Stderr, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(secret));
        }
    }

    [Fact]
    public void Every_generated_collection_of_orgs_and_sites_is_exported_or_excluded_with_a_reason()
    {
        using var client = new MistClient(new MistCredential("x"));
        var exported = ConfigCollectionTable.Org().Select(c => "orgs/" + c.Key)
            .Concat(ConfigCollectionTable.Site().Select(c => "sites/" + c.Key)).ToHashSet(StringComparer.Ordinal);
        var generated = new List<string>();
        foreach (var (scope, owner) in new (string, object)[] { ("orgs", client.Orgs), ("sites", client.Sites) })
        {
            foreach (var property in owner.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(MistConfigCollection<>)))
            {
                var operations = (MistConfigOperations)property.PropertyType.GetProperty("Operations")!.GetValue(property.GetValue(owner))!;
                generated.Add(scope + "/" + operations.List.PathTemplate.Split('/').Last());
            }
        }

        Assert.NotEmpty(generated);
        Assert.All(generated, key => Assert.True(exported.Contains(key) || ConfigCollectionTable.Excluded.ContainsKey(key), $"{key} is neither exported nor excluded"));
        Assert.Equal(generated.Count, exported.Count + ConfigCollectionTable.Excluded.Count);
    }
}
