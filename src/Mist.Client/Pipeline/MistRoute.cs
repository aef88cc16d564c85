namespace Mist;

/// <summary>One (method, path template) the SDK calls, exactly as the Mist OpenAPI spec writes it.</summary>
internal sealed record MistRoute(string Method, string Template)
{
    /// <summary>A request for this route with its <c>{placeholders}</c> filled in order.</summary>
    public MistRequest Request(params ReadOnlySpan<Guid> ids)
    {
        var path = Template;
        foreach (var id in ids)
        {
            var open = path.IndexOf('{', StringComparison.Ordinal);
            var close = path.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                throw new InvalidOperationException($"Route {Template} has fewer placeholders than values.");
            }

            path = string.Concat(path.AsSpan(0, open), id.ToString("D"), path.AsSpan(close + 1));
        }

        if (path.Contains('{', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Route {Template} has more placeholders than values.");
        }

        return new MistRequest(new HttpMethod(Method), path) { Template = Template };
    }
}
