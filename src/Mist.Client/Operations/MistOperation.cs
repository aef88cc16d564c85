using System.Diagnostics.CodeAnalysis;

namespace Mist;

/// <summary>
/// One operation of the Mist API, from the bundled OpenAPI spec with the live API's changes applied: its operationId,
/// method, path template, path and query parameters and paging style. Every operation is a property of
/// <see cref="MistOperations"/>; <see cref="CreateRequest(ReadOnlySpan{string})"/> makes a <see cref="MistRequest"/>
/// for <see cref="MistClient.SendAsync"/> or <see cref="MistClient.GetAllAsync"/>.
/// </summary>
public sealed class MistOperation
{
    private readonly string[] _segments;

    internal MistOperation(
        string operationId,
        string method,
        string pathTemplate,
        string tag,
        string? summary,
        MistPaging paging,
        MistOperationOrigin origin,
        MistParameter[] pathParameters,
        MistParameter[] queryParameters)
    {
        OperationId = operationId;
        Method = new HttpMethod(method);
        PathTemplate = pathTemplate;
        Tag = tag;
        Summary = summary;
        Paging = paging;
        Origin = origin;
        PathParameters = pathParameters;
        QueryParameters = queryParameters;
        _segments = pathTemplate.Split('/');
    }

    /// <summary>The spec's operationId, such as <c>listOrgWlans</c>.</summary>
    public string OperationId { get; }

    /// <summary>GET, POST, PUT or DELETE.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path template, such as <c>/api/v1/orgs/{org_id}/wlans</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>The spec's tag (its group), such as <c>Orgs Wlans</c>.</summary>
    public string Tag { get; }

    /// <summary>The spec's one-line description, or <see langword="null"/> when it has none.</summary>
    public string? Summary { get; }

    /// <summary>How the operation returns a long list.</summary>
    public MistPaging Paging { get; }

    /// <summary>Whether the bundled spec describes the operation as is, or the live API changed or added it.</summary>
    public MistOperationOrigin Origin { get; }

    /// <summary>The path's placeholders, in the order they appear.</summary>
    public IReadOnlyList<MistParameter> PathParameters { get; }

    /// <summary>The query parameters the operation takes.</summary>
    public IReadOnlyList<MistParameter> QueryParameters { get; }

    /// <summary>The number of literal (non-placeholder) segments: the more, the more specific a match.</summary>
    internal int LiteralSegments => _segments.Count(s => !s.StartsWith('{'));

    /// <summary>The query parameter named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public MistParameter? FindQueryParameter(string name) => QueryParameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>A request for this operation with the path's placeholders filled, in order, by <paramref name="pathValues"/>.</summary>
    /// <exception cref="ArgumentException">Too few or too many values, an empty one, or one that is not a UUID where the parameter takes one.</exception>
    public MistRequest CreateRequest(params ReadOnlySpan<string> pathValues)
    {
        if (pathValues.Length != PathParameters.Count)
        {
            throw new ArgumentException($"{OperationId} takes {PathParameters.Count} path value(s) ({string.Join(", ", PathParameters.Select(p => p.Name))}), not {pathValues.Length}.", nameof(pathValues));
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < pathValues.Length; i++)
        {
            values[PathParameters[i].Name] = pathValues[i];
        }

        return CreateRequest(values);
    }

    /// <summary>A request for this operation with each placeholder filled from <paramref name="pathValues"/> by name (percent-encoded).</summary>
    /// <exception cref="ArgumentException">A placeholder has no value, an empty one, or one that is not a UUID where the parameter takes one.</exception>
    public MistRequest CreateRequest(IReadOnlyDictionary<string, string> pathValues)
    {
        ArgumentNullException.ThrowIfNull(pathValues);
        var segments = (string[])_segments.Clone();
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{'))
            {
                continue;
            }

            var parameter = PathParameters.First(p => segments[i] == "{" + p.Name + "}");
            if (!pathValues.TryGetValue(parameter.Name, out var value) || string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"{OperationId} needs a value for {{{parameter.Name}}}.", nameof(pathValues));
            }

            if (parameter.Check(value) is { } problem)
            {
                throw new ArgumentException($"{OperationId}: {problem}", nameof(pathValues));
            }

            segments[i] = Uri.EscapeDataString(value);
        }

        return new MistRequest(Method, string.Join('/', segments)) { Template = PathTemplate, Operation = this };
    }

    /// <summary>The SDK's own typed calls: ids fill the placeholders in order.</summary>
    internal MistRequest Request(params ReadOnlySpan<Guid> ids)
    {
        var values = new string[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            values[i] = ids[i].ToString("D");
        }

        return CreateRequest(values);
    }

    /// <summary>Whether <paramref name="path"/> (from <c>/api/v1/</c>, without a query) fits this operation's template, and the values it gives the placeholders.</summary>
    public bool TryMatch(string path, [NotNullWhen(true)] out IReadOnlyDictionary<string, string>? pathValues)
    {
        ArgumentNullException.ThrowIfNull(path);
        pathValues = null;
        var given = path.Split('/');
        if (given.Length != _segments.Length)
        {
            return false;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < given.Length; i++)
        {
            if (_segments[i].StartsWith('{'))
            {
                if (given[i].Length == 0)
                {
                    return false;
                }

                values[_segments[i][1..^1]] = Uri.UnescapeDataString(given[i]);
            }
            else if (!string.Equals(_segments[i], given[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        pathValues = values;
        return true;
    }

    /// <summary><c>GET /api/v1/orgs/{org_id}/wlans (listOrgWlans)</c>.</summary>
    public override string ToString() => $"{Method} {PathTemplate} ({OperationId})";
}
