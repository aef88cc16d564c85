namespace Mist.Generator;

/// <summary>How an operation pages, from its query parameters and the shape of its 200 answer.</summary>
internal static class Paging
{
    public static string Of(Operation operation, ResponseShape shape)
    {
        if (operation.Method != "GET")
        {
            return "None";
        }

        bool Has(string name) => operation.QueryParameters.Any(p => p.Name == name);
        var search = operation.OperationId.StartsWith("search", StringComparison.Ordinal);
        return shape switch
        {
            // The live API's searches take a search_after cursor and answer with a `next` link.
            _ when Has("search_after") => "Cursor",
            ResponseShape.NextEnvelope => "Cursor",
            ResponseShape.Envelope when Has("page") => "PagedEnvelope",
            ResponseShape.Array or ResponseShape.None when Has("page") => search && shape == ResponseShape.None ? "PagedEnvelope" : "PageNumbers",
            // An added search without a schema or a page parameter answers like its kind: an envelope with `next`.
            ResponseShape.None when search && operation.Origin == "Added" => "Cursor",
            _ => "None",
        };
    }
}
