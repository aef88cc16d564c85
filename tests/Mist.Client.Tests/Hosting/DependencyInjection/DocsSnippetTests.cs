using Mist.DependencyInjection;

namespace Mist.Tests.Hosting.DependencyInjection;

/// <summary>docs/sdk.md's dependency injection example is the code of <see cref="DocsSnippet"/>, and it runs.</summary>
public class DocsSnippetTests
{
    [Fact]
    public void The_docs_show_the_compiled_snippet_word_for_word()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Mist.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("The repository root was not found.");
        }

        var code = File.ReadAllText(Path.Combine(root, "tests/Mist.Client.Tests/Hosting/DependencyInjection/DocsSnippet.cs"));
        var start = code.IndexOf("// docs:start", StringComparison.Ordinal);
        var end = code.IndexOf("// docs:end", StringComparison.Ordinal);
        var snippet = string.Join('\n', code[start..end].Split('\n').Skip(1).Select(line => line.Length >= 8 ? line[8..] : line.TrimStart())).TrimEnd();
        var docs = File.ReadAllText(Path.Combine(root, "docs/sdk.md")).ReplaceLineEndings("\n");

        Assert.Contains("```csharp\n" + snippet + "\n```", docs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_snippet_runs_against_a_fake_Mist()
    {
        var mist = new MistServices();
        mist.Handler.On("GET", "/api/v1/self", System.Net.HttpStatusCode.OK,
            $$"""{"email":"ops@example.com","privileges":[{"scope":"org","org_id":"{{TestClient.OrgId}}","name":"Acme","role":"admin"}]}""");
        mist.Handler.On("GET", $"/api/v1/orgs/{TestClient.OrgId}/sites", System.Net.HttpStatusCode.OK,
            $$"""[{"id":"{{TestClient.SiteId}}","org_id":"{{TestClient.OrgId}}","name":"HQ"}]""", ("X-Page-Total", "1"), ("X-Page-Limit", "1000"), ("X-Page-Page", "1"));
        var configuration = MistServices.Configuration(
            ("Mist:Cloud", "eu"), ("Mist:Token", TestClient.Token),
            ("MistUs:Cloud", "global01"), ("MistUs:Tokens:0", TestClient.SecondToken));
        // Registrations of one name add up, so these put the fake transport under the snippet's two clients.
        mist.Services.AddMistClient(o => o.Transport = mist.Handler);
        mist.Services.AddMistClient("us-prod", o => o.Transport = mist.Handler);

        var sites = await DocsSnippet.CountSitesAsync(mist.Services, configuration, TestContext.Current.CancellationToken);

        Assert.Equal(2, sites);
        Assert.Equal(["api.eu.mist.com", "api.mist.com"], mist.Handler.Requests.Select(r => r.Uri.Host).Distinct());
    }
}
