using System.Text.Json.Nodes;

namespace Mist.Tests.Support;

/// <summary>Exact assertions on a recorded request: method, path, every query parameter, headers and JSON body.</summary>
public static class RequestAssert
{
    /// <summary>
    /// Asserts the method, the path and the complete query (no parameter missing, none extra), and the headers
    /// every call carries: <c>Authorization: Token ...</c> and <c>Accept: application/json</c>.
    /// </summary>
    public static void Sent(RecordedRequest request, string method, string path, params (string Name, string Value)[] query)
    {
        Assert.Equal(method, request.Method);
        Assert.Equal(path, request.Path);
        Query(request, query);
        Assert.Equal("Token " + TestClient.Token, request.Header("Authorization"));
        Assert.Equal("application/json", request.Header("Accept"));
    }

    /// <summary>Asserts the request had no body and so no <c>Content-Type</c>.</summary>
    public static void NoBody(RecordedRequest request)
    {
        Assert.Null(request.Body);
        Assert.Null(request.ContentType);
    }

    /// <summary>Asserts the body is exactly <paramref name="expectedJson"/> (property order aside), sent as <c>application/json</c>.</summary>
    public static void Body(RecordedRequest request, string expectedJson)
    {
        Assert.Equal("application/json", request.ContentType);
        var actual = JsonNode.Parse(request.Body ?? "null");
        var expected = JsonNode.Parse(expectedJson);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Expected body {expected?.ToJsonString()}, but sent {actual?.ToJsonString()}.");
    }

    /// <summary>Asserts the query holds exactly these (name, value) pairs, in any order.</summary>
    public static void Query(RecordedRequest request, params (string Name, string Value)[] expected)
    {
        var actual = request.Uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => Uri.UnescapeDataString(p[0]) + "=" + (p.Length > 1 ? Uri.UnescapeDataString(p[1]) : string.Empty))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected.Select(e => e.Name + "=" + e.Value).Order(StringComparer.Ordinal), actual);
    }
}
