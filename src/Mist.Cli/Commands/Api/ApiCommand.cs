using System.CommandLine;
using System.Text.Json.Nodes;
using Mist.Cli.Errors;
using Mist.Cli.Output;

namespace Mist.Cli.Commands.Api;

/// <summary>
/// <c>mist api PATH [-X METHOD] [-f key=value]... [--input FILE|-] [--paginate] [-i]</c>: any Mist endpoint, with the
/// session's token, retries and budget. Everything the user gave is checked before the session opens, so bad input
/// sends nothing; DELETE is confirmed like any destructive command.
/// </summary>
internal sealed class ApiCommand : MistCommand
{
    private const string OrgPlaceholder = "{org_id}";
    private readonly Argument<string> _path = new("path") { Description = "Path relative to /api/v1/, such as self or orgs/{org_id}/sites?limit=10 ({org_id} is replaced by the current org)." };
    private readonly Option<string?> _method = new("--method", "-X") { Description = "GET, POST, PUT or DELETE (default GET, or POST with -f or --input unless --paginate)." };
    private readonly Option<string[]> _fields = new("--field", "-f") { Description = "key=value, JSON-typed (5, true, null, {...} stay JSON). Body fields, or query parameters for GET and DELETE. Repeatable.", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string?> _input = new("--input") { Description = "JSON request body from a file, or - for stdin (at most 1 MiB). -f fields then become query parameters." };
    private readonly Option<bool> _paginate = new("--paginate") { Description = "GET every page (X-Page headers or search next links) and merge them into one JSON array (NDJSON with -o ndjson)." };
    private readonly Option<bool> _include = new("--include", "-i") { Description = "Print the HTTP status line and response headers before the body." };

    public ApiCommand(CliApp app)
        : base(app, "api", "Call any Mist API endpoint (JSON output by default).")
    {
        Arguments.Add(_path);
        Options.Add(_method);
        Options.Add(_fields);
        Options.Add(_input);
        Options.Add(_paginate);
        Options.Add(_include);
    }

    protected override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var fields = ApiFields.Parse(parse.GetValue(_fields) ?? []);
        var inputSource = parse.GetValue(_input);
        var paginate = parse.GetValue(_paginate);

        // --paginate only reads, so there its fields are query parameters and the method stays GET.
        var method = Method(parse.GetValue(_method), hasBody: !paginate && (fields.Count > 0 || inputSource is not null));
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
        var pathText = parse.GetRequiredValue(_path);

        // {org_id} stands for the org of --org, MIST_ORG_ID or the profile (or the only one the token reaches), as
        // gh's {owner}; it is checked with a stand-in id so that bad input still fails before anything is sent.
        var request = Build(method, pathText.Replace(OrgPlaceholder, Guid.Empty.ToString(), StringComparison.Ordinal), body, fields);
        var session = await context.GetSessionAsync(cancellationToken).ConfigureAwait(false);
        if (pathText.Contains(OrgPlaceholder, StringComparison.Ordinal))
        {
            var orgId = await session.GetOrgIdAsync(cancellationToken).ConfigureAwait(false);
            request = Build(method, pathText.Replace(OrgPlaceholder, orgId.ToString(), StringComparison.Ordinal), body, fields);
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
