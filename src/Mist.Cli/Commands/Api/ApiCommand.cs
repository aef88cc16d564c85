using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Errors;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Api;

/// <summary>
/// <c>mist api PATH|OPERATION_ID [-X METHOD] [-f key=value]... [--input FILE|-] [--paginate] [-i]</c> and
/// <c>mist api --list [FILTER]</c>: any Mist endpoint, with the session's token, retries and budget. The method, path
/// and query parameters are checked against the operation table (the bundled spec with the live API's changes)
/// before the session opens, so bad input sends nothing (<c>--skip-check</c> sends an unknown one anyway); DELETE
/// is confirmed like any destructive command.
/// </summary>
internal sealed class ApiCommand : MistCommand
{
    private const string OrgPlaceholder = "{org_id}";
    private const string SitePlaceholder = "{site_id}";
    private readonly Argument<string?> _path = new("path") { Arity = ArgumentArity.ZeroOrOne, Description = "Path relative to /api/v1/, such as self or orgs/{org_id}/sites?limit=10 ({org_id} is the current org, {site_id} the --site), or an operationId such as listOrgWlans. With --list: a filter." };
    private readonly Option<string?> _method = new("--method", "-X") { Description = "GET, POST, PUT or DELETE (default GET, or POST with -f or --input unless --paginate)." };
    private readonly Option<string[]> _fields = new("--field", "-f") { Description = "key=value, JSON-typed (5, true, null, {...} stay JSON). Body fields, or query parameters for GET and DELETE. Repeatable.", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string?> _input = new("--input") { Description = "JSON request body from a file, or - for stdin (at most 1 MiB). -f fields then become query parameters." };
    private readonly Option<bool> _paginate = new("--paginate") { Description = "GET every page (X-Page headers or search next links) and merge them into one JSON array (NDJSON with -o ndjson)." };
    private readonly Option<bool> _include = new("--include", "-i") { Description = "Print the HTTP status line and response headers before the body." };
    private readonly Option<string?> _site = new("--site") { Description = "The site (id or name) whose id fills {site_id}." };
    private readonly Option<bool> _list = new("--list") { Description = "List the API's operations (operationId, method, path), those containing the filter argument if one is given." };
    private readonly Option<bool> _skipCheck = new("--skip-check") { Description = "Send a method, path or query parameter that is not in the API's operation table." };

    public ApiCommand(CliApp app)
        : base(app, "api", "Call any Mist API endpoint (JSON output by default).")
    {
        Arguments.Add(_path);
        Options.Add(_method);
        Options.Add(_fields);
        Options.Add(_input);
        Options.Add(_paginate);
        Options.Add(_include);
        Options.Add(_site);
        Options.Add(_list);
        Options.Add(_skipCheck);
        _path.CompletionSources.Add(ApiCompletion.Items);
    }

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        if (parse.GetValue(_list))
        {
            context.Output.WriteList(ApiOperationList.Rows(parse.GetValue(_path)), ApiOperationList.View);
            return ExitCodes.Success;
        }

        var fields = ApiFields.Parse(parse.GetValue(_fields) ?? []);
        var inputSource = parse.GetValue(_input);
        var paginate = parse.GetValue(_paginate);
        var check = !parse.GetValue(_skipCheck);
        var target = parse.GetValue(_path) ?? throw CliException.Usage("Give a path (such as orgs/{org_id}/sites) or an operationId (such as listOrgSites), or --list.");
        var operation = target.Contains('/', StringComparison.Ordinal) ? null : MistOperations.Find(target);
        var pathText = operation is null ? target : OperationPath(operation, fields);

        // --paginate only reads, so there its fields are query parameters and the method stays GET.
        var method = operation is null
            ? Method(parse.GetValue(_method), hasBody: !paginate && (fields.Count > 0 || inputSource is not null))
            : OperationMethod(operation, parse.GetValue(_method));
        var include = parse.GetValue(_include);
        if (paginate && method != HttpMethod.Get)
        {
            throw CliException.Usage($"--paginate works only with GET, not {method}.");
        }

        if (paginate && include)
        {
            throw CliException.Usage("-i cannot be combined with --paginate (every page has its own headers); drop one of them.");
        }

        if (inputSource is not null && method == HttpMethod.Get)
        {
            throw CliException.Usage("--input sends a request body, which GET does not carry; add -X POST or -X PUT.");
        }

        var body = inputSource is null ? null : ApiInput.Read(inputSource, context.Console);
        var siteRef = parse.GetValue(_site);
        if (siteRef is not null && !pathText.Contains(SitePlaceholder, StringComparison.Ordinal))
        {
            throw CliException.Usage("--site fills {site_id}, which this path does not have.");
        }

        if (siteRef is null && pathText.Contains(SitePlaceholder, StringComparison.Ordinal))
        {
            throw CliException.Usage("{site_id} needs --site SITE (an id or a name), or -f site_id=ID with an operationId.");
        }

        // {org_id} and {site_id} stand for the current org and the --site, as gh's {owner}; they are checked with
        // stand-in ids so that bad input still fails before anything is sent.
        var request = Build(method, Fill(pathText, Guid.Empty, Guid.Empty), body, fields);
        var checkedOperation = check ? Check(request, pathText) : null;
        if (paginate && checkedOperation is { Paging: MistPaging.None })
        {
            throw CliException.Usage($"{checkedOperation.OperationId} does not page (it answers at once); drop --paginate.");
        }

        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        if (pathText.Contains(OrgPlaceholder, StringComparison.Ordinal) || siteRef is not null)
        {
            var orgId = pathText.Contains(OrgPlaceholder, StringComparison.Ordinal) ? await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false) : Guid.Empty;
            var siteId = siteRef is null ? Guid.Empty : (await session.GetSiteAsync(siteRef, cancellationToken).ConfigureAwait(false)).Id;
            request = Build(method, Fill(pathText, orgId, siteId), body, fields);
        }

        if (method == HttpMethod.Delete)
        {
            await context.ConfirmAsync($"send DELETE {request.PathAndQuery}", request.Path[(request.Path.LastIndexOf('/') + 1)..], cancellationToken).ConfigureAwait(false);
        }

        var writer = JsonUnlessAsked(context);
        if (paginate)
        {
            await ApiPaginator.WriteAllAsync(session.Client, request, context.Console, writer, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        request.ThrowOnError = false;
        var response = await session.Client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return ApiResponseWriter.Write(response, request, include, writer);
    }

    private static string Fill(string path, Guid orgId, Guid siteId) =>
        path.Replace(OrgPlaceholder, orgId.ToString(), StringComparison.Ordinal).Replace(SitePlaceholder, siteId.ToString(), StringComparison.Ordinal);

    /// <summary>The operation the request is, with its query (given in the path or by -f) checked against it.</summary>
    private static MistOperation Check(MistRequest request, string pathText)
    {
        var operation = ApiOperationCheck.Require(request, pathText.Split('?', 2)[0]);
        var inline = pathText.Split('?', 2) is [_, var query]
            ? query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=', 2)).Select(kv => new KeyValuePair<string, string>(Uri.UnescapeDataString(kv[0]), kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : string.Empty))
            : [];
        ApiOperationCheck.CheckQuery(operation, inline.Concat(request.Query));
        return operation;
    }

    /// <summary>
    /// The path of an operation named by its operationId: {org_id} and {site_id} stay placeholders (the current org,
    /// --site) unless -f gives them; every other path parameter comes from -f name=value, which it then consumes.
    /// </summary>
    private static string OperationPath(MistOperation operation, List<(string Key, JsonNode? Value)> fields)
    {
        var path = operation.PathTemplate;
        foreach (var parameter in operation.PathParameters)
        {
            var index = fields.FindIndex(f => f.Key == parameter.Name);
            if (index < 0)
            {
                if (parameter.Name is "org_id" or "site_id")
                {
                    continue;
                }

                throw CliException.Usage(
                    $"{operation.OperationId} needs {{{parameter.Name}}}: add -f {parameter.Name}=VALUE.",
                    $"{operation.Method} {operation.PathTemplate}");
            }

            var value = ApiFields.QueryValue(fields[index].Value) ?? string.Empty;
            fields.RemoveAt(index);
            if (parameter.Check(value) is { } problem)
            {
                throw CliException.Usage($"{operation.OperationId}: {problem}");
            }

            path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        return path;
    }

    private static HttpMethod OperationMethod(MistOperation operation, string? given)
    {
        if (given is not null && !string.Equals(given.Trim(), operation.Method.Method, StringComparison.OrdinalIgnoreCase))
        {
            throw CliException.Usage($"{operation.OperationId} is {operation.Method} {operation.PathTemplate}; -X {given} does not apply to it.");
        }

        return operation.Method;
    }

    private static MistRequest Build(HttpMethod method, string path, string? body, List<(string Key, JsonNode? Value)> fields)
    {
        var request = new MistRequest(method, path);
        ApiPathCheck.RequireIds(request.Path);
        if (body is not null)
        {
            request.WithJson(body);
        }

        // As gh does: fields are query parameters when they cannot be the body (GET, DELETE, or --input given).
        if (body is not null || method == HttpMethod.Get || method == HttpMethod.Delete)
        {
            foreach (var (key, value) in fields)
            {
                request.AddQuery(key, ApiFields.QueryValue(value));
            }
        }
        else if (fields.Count > 0)
        {
            request.WithJson(ApiFields.ToBody(fields));
        }

        return request;
    }

    private static HttpMethod Method(string? text, bool hasBody) => text?.Trim().ToUpperInvariant() switch
    {
        null => hasBody ? HttpMethod.Post : HttpMethod.Get,
        "GET" => HttpMethod.Get,
        "POST" => HttpMethod.Post,
        "PUT" => HttpMethod.Put,
        "DELETE" => HttpMethod.Delete,
        var other => throw CliException.Usage($"-X {other}: Mist's API uses only GET, POST, PUT and DELETE."),
    };

    // Raw API answers read best as JSON, as with `gh api`; a table only when -o asks for one.
    private static OutputWriter JsonUnlessAsked(CommandContext context) =>
        context.Parse.GetValue(GlobalOptions.Output) is null && context.Output.Options.Format == OutputFormat.Table
            ? new OutputWriter(context.Console, context.Output.Options with { Format = OutputFormat.Json }, context.Time)
            : context.Output;
}
