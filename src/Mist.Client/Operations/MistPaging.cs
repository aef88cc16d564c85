namespace Mist;

/// <summary>How an operation returns a long list (<see cref="MistOperation.Paging"/>).</summary>
public enum MistPaging
{
    /// <summary>Not paged: one answer (an object, a short array, or a count).</summary>
    None,

    /// <summary>A JSON array per page, with <c>limit</c> and <c>page</c> query parameters and <c>X-Page-Limit</c>, <c>X-Page-Page</c> and <c>X-Page-Total</c> headers.</summary>
    PageNumbers,

    /// <summary>A <c>{"results": [...], "limit", "page", "total"}</c> envelope per page, with <c>limit</c> and <c>page</c> query parameters.</summary>
    PagedEnvelope,

    /// <summary>A <c>{"results": [...], "next": "/api/v1/..."}</c> envelope; <c>next</c> (a <c>search_after</c> cursor) fetches the following page.</summary>
    Cursor,
}
