namespace Mist;

/// <summary>The five operations of a configuration-object collection, from the operation table.</summary>
/// <param name="List">Lists the collection (<c>GET .../{segment}</c>).</param>
/// <param name="Create">Creates an object (<c>POST .../{segment}</c>; Mist answers 200 with it).</param>
/// <param name="Get">Reads one (<c>GET .../{segment}/{id}</c>).</param>
/// <param name="Update">Merge-updates one (<c>PUT .../{segment}/{id}</c>; the fields sent change, the others stay).</param>
/// <param name="Delete">Deletes one (<c>DELETE .../{segment}/{id}</c>; 200 with an empty body).</param>
/// <param name="ScopeField">The field naming the owner (<c>org_id</c>, <c>site_id</c> or <c>msp_id</c>), which the path decides.</param>
public sealed partial record MistConfigOperations(
    MistOperation List,
    MistOperation Create,
    MistOperation Get,
    MistOperation Update,
    MistOperation Delete,
    string ScopeField);
